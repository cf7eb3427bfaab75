import { SPEECH_PARTICIPLES, CLAUSE_OPENERS, PASSIVE_AUXILIARIES } from '../../lexicon/claimFrameWords';
import { AUXILIARIES } from '../../lexicon/reportingVerbs';

/** ", saying ", lower-case as prose writes it: the speech the participle reports follows it ("that" and a phrase of place or time are read by the caller). */
const SAYING = new RegExp(`,\\s+(?:${SPEECH_PARTICIPLES.join('|')})\\s+`);
/** The subject and its past-tense verb, no comma between: "Joanna Pryce defended", "The mayor rejected". */
const SUBJECT_VERB = /^\s*((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+([a-z]{3,}ed)\b/u;
const NOT_IN_SUBJECT: ReadonlySet<string> = new Set([...AUXILIARIES, ...PASSIVE_AUXILIARIES, 'who', 'which', 'that', 'whom']);
/** Words a subject does not end on: "The embattled mayor defended" is not read with "embattled" as the verb. */
const NOT_LAST: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those']);

export interface ParticipleSpeech {
  /** Where the subject ends in the segment. */
  readonly subjectStart: number;
  readonly subjectEnd: number;
  /** Where the participle ends: what was said follows, maybe after "that". */
  readonly contentStart: number;
}

/**
 * A sentence whose verb is no reporting verb, followed by a participle of
 * speech: the clause after the participle is the subject's claim.
 * `Joanna Pryce defended the plan, saying the council would save money.` →
 * subject "Joanna Pryce", content from "the council". Null when the subject
 * is not plain (a comma before the participle, a relative, an auxiliary).
 */
export function participleSpeech(seg: string): ParticipleSpeech | null {
  // every participle ends in "ing" and a space: most segments hold none, told without the regex
  if (seg.indexOf('ing ') < 0) return null;
  const saying = SAYING.exec(seg);
  if (!saying || seg.lastIndexOf(',', saying.index - 1) >= 0) return null;
  const m = SUBJECT_VERB.exec(seg.slice(0, saying.index));
  if (!m) return null;
  const words = m[1].toLowerCase().split(/\s+/);
  if (CLAUSE_OPENERS.has(words[0])) return null;
  if (NOT_LAST.has(words[words.length - 1])) return null;
  for (const w of words) if (NOT_IN_SUBJECT.has(w)) return null;
  const subjectStart = m.index + m[0].indexOf(m[1]);
  return { subjectStart, subjectEnd: subjectStart + m[1].length, contentStart: saying.index + saying[0].length };
}
