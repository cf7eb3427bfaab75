import type { Cue } from './attributionPatterns';
import { canSpeak } from './attributionPatterns';
import { heardOnly } from './heardOnly';
import { phraseAfter } from './phraseAfter';
import { phraseBefore } from './phraseBefore';
import { opensClause } from './phraseWords';
import { isVerb, verbLike } from './verbForms';
import { VERB_MODIFIER, classesOf } from './wordClasses';
import type { Word } from './words';
import { endsInLy } from './keyEnds';

// Cues for speech that the reporting-verb lexicon misses, tried after it.

const DASHES = new Set(['–', '—', '―', '-']);

/** `"…" ― Marta Ruiz`: a dash and a bare name closing the block sign the quote. */
export function signature(ws: readonly Word[], from: number, i: number, to: number): Cue | null {
  let dash = -1;
  for (let k = from; k < i; k++) if (DASHES.has(ws[k].text)) dash = k;
  if (dash < 0) return null;
  const subject = phraseAfter(ws, i, to);
  return subject && subject.kind === 'name' && (subject.to === to || ws[subject.to + 1].punct) ? { cueFrom: dash, cueTo: dash, subject } : null;
}

/**
 * `Okafor shared her worry with donors, "…"`: a sentence that opens with a
 * name or pronoun and a verb gives its quotes to that subject.
 */
export function clauseSubject(ws: readonly Word[], from: number, to: number): Cue | null {
  const subject = phraseAfter(ws, from, to);
  if (!subject || subject.kind === 'description') return null;
  let v = subject.to + 1;
  while (v <= to && !ws[v].punct && (classesOf(ws[v]) & VERB_MODIFIER) !== 0) v++;
  // `Kell was asked, "…"`: the question was put to Kell, who did not speak it.
  return v <= to && (isVerb(ws[v]) || (verbLike(ws[v]) && ws[v].key.endsWith('ed'))) && !heardOnly(ws, v) ? { cueFrom: v, cueTo: v, subject } : null;
}

/** `put it`, as in `As Okafor put it, "…"`: the verb before "it" introduces the quote. */
const PUT = new Set(['put', 'puts']);

/** `He jokes, "…"` / `Okafor posted: "…"` / `As Okafor put it, "…"` with a verb the lexicon lacks: subject, one verb, then , or :. */
export function introducer(ws: readonly Word[], from: number, to: number): Cue | null {
  if (to - 1 < from || !(ws[to].text === ',' || ws[to].text === ':')) return null;
  // `Kell fired back forcefully:`, `Kell scolded him:`: up to two words of manner or object after the verb.
  let end = to - 1;
  while (end > from && end >= to - 2 && ws[to].text === ':' && afterVerb(ws[end]) && verbLikeWithin(ws, end - 1, to - 3, from)) end--;
  const v = ws[end].key === 'it' && end - 1 >= from && PUT.has(ws[end - 1].key) ? end - 1 : end;
  if ((!verbLike(ws[v]) && v === end) || heardOnly(ws, v)) return null;
  const subject = phraseBefore(ws, v - 1, from);
  const opens = subject && (opensClause(ws, subject.from, from) || (v < to - 1 && asBefore(ws, subject.from, from)));
  return subject && subject.kind !== 'description' && opens ? { cueFrom: v, cueTo: v, subject } : null;
}

/** Object pronouns, "back" and -ly adverbs, which may stand between a verb and the colon that opens its quote. */
const afterVerb = (w: Word) => !w.punct && !w.capital && (OBJECT_WORDS.has(w.key) || endsInLy(w.key));
const OBJECT_WORDS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'back']);

/** Whether one of words [lo, hi] (hi down to lo, not below from) reads as a verb: the verb before the words of manner. */
function verbLikeWithin(ws: readonly Word[], hi: number, lo: number, from: number): boolean {
  for (let k = hi; k >= Math.max(lo, from); k--) if (verbLike(ws[k])) return true;
  return false;
}

/** "as" a few words before a subject, within its clause: `as prosecutor | Marc Kell put it`. */
function asBefore(ws: readonly Word[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4) && !ws[k].punct; k--) if (ws[k].key === 'as') return true;
  return false;
}

/** `From the report: "…"`, `From Kell's post: "…"`: a clause of "from" and a source before a colon quotes that source. */
export function fromSource(ws: readonly Word[], from: number, to: number): Cue | null {
  if (to - 2 < from || ws[to].text !== ':') return null;
  for (let k = to - 2; k >= Math.max(from, to - 8); k--) {
    if (ws[k].punct) return null;
    // The text, not the key: a capitalised name's key would be lowered just to be compared.
    if ((ws[k].text !== 'from' && ws[k].text !== 'From') || !opensClause(ws, k, from)) continue;
    const source = phraseBefore(ws, to - 1, k + 1);
    return source && source.from === k + 1 && canSpeak(ws, source, true) ? { cueFrom: k, cueTo: k, subject: source } : null;
  }
  return null;
}
