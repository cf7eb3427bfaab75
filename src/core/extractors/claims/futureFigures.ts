import { EFFECT_VERBS } from '../../lexicon/effectVerbs';

/**
 * A verb stating the future: "will", "won't", "shall", "going to", "is about to". Not "will" as a noun ("the
 * will of", "political will to spend"), nor "going to the polls", which a determiner or preposition follows.
 */
const WILL = String.raw`will(?!\s+(?:to|of|for|and|or|in|that|is|was)\b)|won['\u2019]t|shall|going\s+to(?!\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\b)|(?:is|are|am|['\u2019]s|['\u2019]re)\s+about\s+to`;
/**
 * "would" before a verb of effect on an amount ("would double", "would cost"), with at most one adverb
 * between; a poll's "would vote", a wish's "would like" or a past "would have" stays a measurement.
 */
const WOULD = String.raw`(?:would|wouldn['\u2019]t)(?=(?:\s+(?:[a-z]+ly|also|only|not|still|then))?\s+(?:${EFFECT_VERBS.join('|')})[a-z]*\b)`;
const MODAL = new RegExp(String.raw`\b(?:(${WILL})|${WOULD})\b`, 'gi');
/**
 * In reported speech "would" is the speaker's "will" moved back a tense ("She said the firm would hire 250
 * more"), so any verb after it states the future; not a wish ("would like"), what might have been, or a
 * poll's match-up ("a poll found Greer would beat Hollis 46 to 40").
 */
const REPORTED_WOULD = String.raw`would(?!\s+(?:have|like|love|prefer|rather|beat|defeat|lead|trail|vote|back|support|choose|favou?r|edge)\b|['\u2019]ve)|wouldn['\u2019]t`;
const REPORTED_MODAL = new RegExp(String.raw`\b(?:(${WILL}|${REPORTED_WOULD}))\b`, 'gi');
/**
 * What ends the clause a modal heads, between it and a later figure: punctuation, a dash, or a word opening a
 * clause of its own ("…would go ahead because costs rose 5%", "…will face voters, 53 percent of whom…",
 * "…will be charged over the crash that left 12 hurt").
 */
const BREAK_AFTER = /[,;:?!()\u2014\u2013]|\s-\s|\.\s|\b(?:but|while|whereas|although|though|because|since|after|when|that|which|who|whom|whose|where|if|unless)\b/i;
/** A figure before "will" is its subject when at most two words stand between, none joining a clause or reporting one. */
const SUBJECT_GAP = /^\s*(?:[\p{L}'\u2019-]+\s+){0,2}$/u;
const NOT_SUBJECT = /\b(?:and|or|but|then|than|which|who|that|say|says|said|think|thinks|believe|believes|expect|expects)\b/i;
/** A share is a poll's or a survey's measure even before "will": "40% will vote for her". */
const SHARE = /%|\bper\s?cent\b|\bin\s+(?:\d+|ten|five|four|three)\b/i;

interface Modal {
  readonly start: number;
  readonly end: number;
  /** A verb that states the future itself, not a "would" of effect; only such a verb takes the figure before it. */
  readonly sure: boolean;
}

/** The modals of the text, by where each starts and ends; `reported`: the text is a reported clause. */
function modals(text: string, reported: boolean): Modal[] {
  const out: Modal[] = [];
  const rx = reported ? REPORTED_MODAL : MODAL;
  rx.lastIndex = 0;
  for (let m = rx.exec(text); m; m = rx.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, sure: m[1] !== undefined });
  return out;
}

/** Whether the figure `f` at [start, end) of the text lies in a clause a modal heads. */
function governed(text: string, f: string, start: number, end: number, at: readonly Modal[]): boolean {
  for (const m of at) {
    if (m.end <= start && !BREAK_AFTER.test(text.slice(m.end, start))) return true;
    if (m.sure && m.start >= end && !SHARE.test(f)) {
      const gap = text.slice(end, m.start);
      if (SUBJECT_GAP.test(gap) && !NOT_SUBJECT.test(gap)) return true;
    }
  }
  return false;
}

/**
 * Whether every figure of a claim (its texts, as found in it) belongs to what the claim foresees: a verb
 * stating the future heads the clause the figure stands in, or a "would" of effect does. Such a claim is a
 * prediction however many figures it holds: "That would double the deficit", "200 nurses will be hired";
 * but "Rents rose 12% this year and will rise again" and "41% would vote for her" report a measured figure.
 * `reported`: the text is a clause of reported speech, whose "would" is a "will" moved back a tense.
 * Read only for a claim that holds a future cue and a figure; a claim is a few hundred characters at most.
 */
export function futureFigures(text: string, figureTexts: readonly string[], reported = false): boolean {
  const at = modals(text, reported);
  if (at.length === 0) return false;
  const lower = text.toLowerCase();
  for (const f of figureTexts) {
    const start = lower.indexOf(f.toLowerCase());
    if (start < 0 || !governed(text, f, start, start + f.length, at)) return false;
  }
  return true;
}
