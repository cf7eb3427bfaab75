import type { Cue } from './attributionPatterns';
import { LEAD, canSpeak, isAccordingTo, isParticiple, subjectOf } from './attributionPatterns';
import { signature } from './fallbackCues';
import { phraseAfter } from './phraseAfter';
import { putItCue } from './putItCue';
import { isVerb, verbLike } from './verbForms';
import { CLAUSE_LINK, INVERTIBLE, VERB_MODIFIER, classesOf } from './wordClasses';
import type { Phrase } from './phraseWords';
import { isJoiner } from './phraseWords';
import type { Word } from './words';

/** Words that open a clause whose verb is no attribution: `"not sure" whether she would have signed`. */
const CONDITIONS = new Set(['if', 'whether', 'because', 'when', 'until', 'unless', 'although', 'though', 'while']);
/** Words that open a relative clause: `a finish that he said …`, `what she called …`. */
const RELATIVES = new Set(['that', 'which', 'what', 'whom']);
function conditional(ws: readonly Word[], from: number, to: number): boolean {
  // "…" because she would win, he said: a comma closes the condition before the cue.
  let open = false;
  for (let k = from; k < to; k++) open = CONDITIONS.has(ws[k].key) || (open && ws[k].text !== ',');
  return open;
}

/** Index of the `)` closing the parenthesis at word `open` within six words, else `open`. */
function closing(ws: readonly Word[], open: number, to: number): number {
  for (let k = open + 1; k <= Math.min(to, open + 6); k++) if (ws[k].text === ')') return k;
  return open;
}

/**
 * The cue right after a quote, within words [from, to]:
 * `"…," he said` · `"…," said Jens Stoltenberg` · `"…" – the ministry said in a statement`.
 * `open` says the quote ended on , ? ! — (an attribution surely follows), which
 * lets a verb missing from the lexicon through: `"…," Okafor assured Kell`.
 */
export function cueAfter(ws: readonly Word[], from: number, to: number, open: boolean): Cue | null {
  let i = from;
  while (i <= to && ws[i].punct && LEAD.has(ws[i].text)) i++;
  if (i > to) return null;
  // `"…," as a Treasury memo put it`
  const put = ws[i].text === 'as' ? putItCue(ws, i, to) : null;
  if (put) return put;
  if ((isVerb(ws[i]) && (classesOf(ws[i]) & INVERTIBLE) !== 0) || (open && verbLike(ws[i]))) {
    const subject = phraseAfter(ws, i + 1, to);
    if (subject && subject.kind !== 'description') return { cueFrom: i, cueTo: i, subject };
    if (subject && isVerb(ws[i])) return { cueFrom: i, cueTo: i, subject };
  }
  if (isAccordingTo(ws, i)) {
    const source = phraseAfter(ws, i + 2, to);
    if (source && canSpeak(ws, source, true)) return { cueFrom: i, cueTo: i + 1, subject: source };
  }
  for (let v = i + 1; v <= Math.min(to, i + 30); v++) {
    // "Rep. Dana Kell (D-Ore.) said": a party tag's full stop ends no clause.
    if (ws[v].text === '(') v = closing(ws, v, to);
    if (ws[v].punct && !LEAD.has(ws[v].text) && ws[v].text !== ')' && ws[v].text !== '’' && ws[v].text !== "'" && !isJoiner(ws, v)) break;
    if (ws[v - 1].text === ',' && isAccordingTo(ws, v)) {
      const source = phraseAfter(ws, v + 2, to);
      if (source && canSpeak(ws, source, true)) return { cueFrom: v, cueTo: v + 1, subject: source };
    }
    if (!isVerb(ws[v]) || isParticiple(ws[v])) continue;
    const subject = subjectOf(ws, v, i, to);
    // `"…" with Kell, in a finish that he said was close`: a relative clause's verb reports something else.
    if (subject && subject.from > i && RELATIVES.has(ws[subject.from - 1].key)) break;
    if (subject && subject.from >= i && subject.to < v && !conditional(ws, i, subject.from)) {
      // `Hale said "not likely" and Kell said "no way"`: after a closed quote, "and" opens a clause whose speaker is its own.
      if (!open && (classesOf(ws[i]) & CLAUSE_LINK) !== 0 && subject.from > i) return null;
      return { cueFrom: v, cueTo: v, subject };
    }
    // `"…" if she loses, said Dana Kell`: the verb after a comma, its speaker after it.
    const inverted = ws[v - 1].text === ',' && (classesOf(ws[v]) & INVERTIBLE) !== 0 ? phraseAfter(ws, v + 1, to) : null;
    if (inverted && inverted.kind !== 'description') return { cueFrom: v, cueTo: v, subject: inverted };
    break;
  }
  const signed = signature(ws, from, i, to);
  if (signed || !open) return signed;
  const subject = phraseAfter(ws, i, to);
  if (!subject) return null;
  if (subject.kind === 'description') return describedCue(ws, subject);
  let v = subject.to + 1;
  while (v <= to && (classesOf(ws[v]) & VERB_MODIFIER) !== 0) v++;
  return v <= to && verbLike(ws[v]) ? { cueFrom: v, cueTo: v, subject } : null;
}

/** `"…," some protesters chanted`: a common noun phrase that runs into a past-tense verb. */
function describedCue(ws: readonly Word[], p: Phrase): Cue | null {
  for (let v = p.from + 2; v <= p.to; v++) {
    if (!verbLike(ws[v]) || !ws[v].key.endsWith('ed')) continue;
    // "the crowd applauded" follows a quote too; only a speaker-like head speaks.
    const subject: Phrase = { from: p.from, to: v - 1, kind: 'description' };
    if (!canSpeak(ws, subject)) return null;
    // "an angry Kell retaliated": the capitalised words are the speaker's name.
    let n = v - 1;
    while (n - 1 > p.from && ws[n - 1].capital) n--;
    return { cueFrom: v, cueTo: v, subject: ws[v - 1].capital && n > p.from ? { from: n, to: v - 1, kind: 'name' } : subject };
  }
  return null;
}
