import { NOUN_NAMING_VERBS } from '../lexicon/quoteSlots';
import type { Cue } from './attributionPatterns';
import { canSpeak, isAccordingTo, isParticiple, subjectOf } from './attributionPatterns';
import { clauseSubject, fromSource, introducer } from './fallbackCues';
import { isJudging, judgedSpeaker } from './judgedSpeaker';
import { phraseAfter } from './phraseAfter';
import { phraseBefore } from './phraseBefore';
import { pronounHost } from './pronounHost';
import { putItCue } from './putItCue';
import { heardOnly } from './heardOnly';
import { opensClause } from './phraseWords';
import { sentenceSubject } from './sentenceSubject';
import { isFiniteVerb, isVerb } from './verbForms';
import type { Word } from './words';
import { ACCORDING, DETERMINER, MODIFIER, PRONOUN, REPORTING, ROLE, classesOf } from './wordClasses';
import { isPersonNoun } from './describedAsPerson';
import type { Phrase } from './phraseWords';
import { NOT_SPEAKERS } from './transcriptTurns';

/** A lower-case noun before a naming verb, as "play" in "a play called", not "he" nor "Marwick". */
const namesNoun = (w: Word | undefined) => !!w && !w.punct && !w.capital && (classesOf(w) & (PRONOUN | MODIFIER | DETERMINER)) === 0;

/** Whether the words ending at `before` name the quote after them: "a play called “Heirs of Marwick”" is said by no one. */
export const namesQuote = (ws: readonly Word[], before: number): boolean => !!ws[before] && NOUN_NAMING_VERBS.has(ws[before].key) && namesNoun(ws[before - 1]);

/**
 * The last cue before a quote, within words [from, to]: `Stoltenberg said: "…"`,
 * `According to him, "…"`, `He said Allies should "…"`. A participle
 * (`…, he said, adding that "…"`) takes the subject of the verb before it.
 * `speechLike` quotes (whole sentences) go to the sentence's subject as a last resort.
 */
export function cueBefore(ws: readonly Word[], from: number, to: number, speechLike = false): Cue | null {
  const put = putItCue(ws, from, to);
  if (put) return put;
  // `When Hale suggested it, Kell fired back:`: the clause that ends on the colon introduces the quote.
  const colon = to >= from && ws[to].text === ':';
  const introduced = colon ? introducer(ws, from, to) : null;
  if (introduced) return introduced;
  for (let v = to; v >= from; v--) {
    const w = ws[v];
    // Most words are neither "according", a reporting verb nor a judging one: one test passes them.
    const reports = (classesOf(w) & (ACCORDING | REPORTING)) !== 0;
    if (!reports && !isJudging(w)) continue;
    // "rebuked Hale for calling it "…"": the words are Hale's, not the rebuker's
    const judged = judgedSpeaker(ws, from, v, to);
    if (judged) return judged;
    if (!reports) continue;
    if (isAccordingTo(ws, v)) {
      const subject = phraseAfter(ws, v + 2, to);
      if (subject && canSpeak(ws, subject, true)) return { cueFrom: v, cueTo: v + 1, subject };
      continue;
    }
    if (!isVerb(w)) continue;
    // `Kell was asked by Dana Hale whether …`: the one who put the question speaks it; with no one named, a source
    // before it may (`According to the handbook, recruits were told, "…"`).
    if (heardOnly(ws, v)) {
      const asker = askedBy(ws, v, to);
      if (asker) return asker;
      continue;
    }
    if (isParticiple(w)) {
      const earlier = (v > from ? cueBefore(ws, from, v - 1) : null) ?? clauseSubject(ws, from, v - 1) ?? (v > from ? sentenceSubject(ws, from, v - 1) : null);
      if (earlier) return { cueFrom: v, cueTo: v, subject: earlier.subject };
      continue;
    }
    const subject = subjectOf(ws, v, from, to);
    if (subject) return outerCue(ws, from, subject.from) ?? (subject.kind === 'pronoun' ? pronounHost(ws, from, to, v, subject.from) : null) ?? { cueFrom: v, cueTo: v, subject };
  }
  const introduces = speechLike || (to >= from && (ws[to].text === ',' || ws[to].text === ':'));
  // Before a colon the introducer was asked above.
  return (colon ? null : introducer(ws, from, to)) ?? (introduces ? clauseSubject(ws, from, to) : null) ?? label(ws, from, to) ?? fromSource(ws, from, to);
}

/** The cue of a passive verb of telling at v for the one after its "by", when a name: "was asked by Dana Hale". */
function askedBy(ws: readonly Word[], v: number, to: number): Cue | null {
  const asker = v + 2 <= to && ws[v + 1].key === 'by' ? phraseAfter(ws, v + 2, to) : null;
  return asker && asker.kind === 'name' ? { cueFrom: v, cueTo: v, subject: asker } : null;
}

/**
 * `Okafor: "The levy is …"`: a bare name and a colon opening the clause, as transcripts print speakers;
 * `- Ana Ruiz, mayor: "…"`: a list item's name may carry its role after a comma.
 */
export function label(ws: readonly Word[], from: number, to: number): Cue | null {
  if (to - 1 < from || ws[to].text !== ':') return null;
  const bare = phraseBefore(ws, beforeParty(ws, from, to - 1), from);
  const name = bare?.kind === 'name' ? bare : nameBeforeRole(ws, from, to - 1);
  // `Q: "Will bills rise?"`: an interview's Q and A stand for its two sides, no one named Q (see interviewSpeakers).
  if (name && name.from === name.to && ws[name.from].text.length === 1) return null;
  // `Claim: "…"`, `Verdict: "…"`: a fact check's or a note's heading, not a speaker (as in a transcript's labels)
  if (name && name.from === name.to && NOT_SPEAKERS.has(ws[name.from].text.toUpperCase())) return null;
  return name && name.kind === 'name' && opensClause(ws, name.from, from) ? { cueFrom: to, cueTo: to, subject: name } : null;
}

/** The name before a comma and a role that end at word k: "Ana Ruiz, mayor", "Tom Beck, a councillor". */
function nameBeforeRole(ws: readonly Word[], from: number, k: number): Phrase | null {
  let c = k;
  // "Wait, it gets better:" is no label: the words after the comma are a title, with no verb or pronoun.
  const role = (classesOf(ws[k]) & ROLE) !== 0 || isPersonNoun(ws[k].key);
  for (; c >= Math.max(from, k - 4) && !ws[c].punct; c--) if ((classesOf(ws[c]) & PRONOUN) !== 0 || isFiniteVerb(ws[c])) return null;
  if (!role || c <= from || ws[c].text !== ',') return null;
  const name = phraseBefore(ws, c - 1, from);
  return name?.kind === 'name' ? name : null;
}

/** `Rep. Dana Kell (R-S.C.):`: the word before a party tag in parentheses ending at word k, else k. */
function beforeParty(ws: readonly Word[], from: number, k: number): number {
  if (ws[k].text !== ')') return k;
  for (let o = k - 1; o >= Math.max(from + 1, k - 6); o--) if (ws[o].text === '(') return o - 1;
  return k;
}

/**
 * `Okafor said at a rally that Kell described it as "…"`: the quote is
 * inside what Okafor reported, so her cue wins over the inner one.
 */
function outerCue(ws: readonly Word[], from: number, inner: number): Cue | null {
  if (inner - 1 < from) return null;
  const link = ws[inner - 1].key === 'that' ? inner - 2 : inner - 1;
  for (let u = link; u >= Math.max(from, link - 8); u--) {
    if (ws[u].punct) return null;
    if (!isVerb(ws[u]) || isParticiple(ws[u])) continue;
    // Only a phrase of time or place may stand between the outer verb and "that".
    if (u !== link && ws[inner - 1].key !== 'that') return null;
    const subject = subjectOf(ws, u, from, inner - 1);
    if (subject && subject.to < u) return { cueFrom: u, cueTo: u, subject };
    // "said in her opening remarks that": a noun spelled like a verb has no subject of its own.
  }
  return null;
}
