import { CLAUSE_LINKS, COUNTED_SPEAKERS } from '../lexicon/clauseWords';
import { isPersonNoun } from './describedAsPerson';
import type { Phrase } from './phraseWords';
import { LINKS, isNameWord, isOpeningModifier, isPossessive, isPronoun } from './phraseWords';
import type { Word } from './words';
import { DETERMINER, ROLE, SPEAKING_NOUN, classesOf } from './wordClasses';

/** Words that end a speaker phrase read forwards: "said the ministry | in a statement". */
const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'to', 'that', 'who', 'which', 'as', 'from', 'about', 'last', 'this', 'earlier', 'later', 'recently', 'told']);

/** "Republican voter | Stephanie Holmes": a lower-case title or trade between capitalised words. */
const titleBeforeName = (w: Word): boolean => !w.punct && !w.capital && ((classesOf(w) & ROLE) !== 0 || isPersonNoun(w.key));

/**
 * The speaker phrase that starts at word `i`, after an inverted verb:
 * `said | Jens Stoltenberg, …`, `said | the ministry in a statement`.
 */
export function phraseAfter(ws: readonly Word[], i: number, ceiling: number): Phrase | null {
  const w = ws[i];
  if (!w || i > ceiling || w.punct || isOpeningModifier(ws, i)) return null;
  if (isPronoun(w)) return { from: i, to: i, kind: 'pronoun' };
  // `"…," and Democrats would need to`: a linking word opens a clause of its own, not a speaker phrase.
  if (CLAUSE_LINKS.has(w.key)) return null;
  let c = i;
  while (c <= Math.min(ceiling, i + 4) && !ws[c].punct && !ws[c].capital && (classesOf(ws[c]) & DETERMINER) === 0 && !STOP_AFTER.has(ws[c].key)) c++;
  if (c <= ceiling && isNameWord(ws[c]) && ws[c].capital && (c === i || (classesOf(w) & DETERMINER) === 0)) {
    let j = c;
    // After a lower-case title the name is a person's: "voter Stephanie Hooton | of Derry".
    let titled = false;
    for (; j + 1 <= ceiling; j++) {
      const next = ws[j + 1];
      if (isNameWord(next)) continue;
      const bridge = j + 2 <= ceiling && ws[j + 2].capital && ws[j].capital;
      if (bridge && !titled && titleBeforeName(next)) titled = true;
      else if (!(bridge && !titled && LINKS.has(next.key))) break;
    }
    if (!((classesOf(ws[j]) & ROLE) !== 0 && !ws[j].capital)) return { from: i, to: j, kind: 'name' };
  }
  // "said Kell’s deputy campaign manager": a possessive opens a noun phrase like a determiner;
  // "according to people familiar with the plans": so does a noun for those who speak.
  const speaking = (classesOf(w) & SPEAKING_NOUN) !== 0;
  if ((classesOf(w) & DETERMINER) !== 0 || isPossessive(w) || speaking) {
    let j = i;
    while (j + 1 <= Math.min(ceiling, i + 7) && !ws[j + 1].punct && (!STOP_AFTER.has(ws[j + 1].key) || closeTo(ws, j + 1))) j++;
    // "tweeted another.": a counting word alone stands for a person.
    return j > i || speaking || (COUNTED_SPEAKERS.has(w.key) && (j === ceiling || ws[j + 1].punct)) ? { from: i, to: j, kind: 'description' } : null;
  }
  return null;
}

/** "a source close to the campaign": the "to" goes on with the description. */
const closeTo = (ws: readonly Word[], k: number): boolean => ws[k].key === 'to' && (ws[k - 1]?.key === 'close' || ws[k - 1]?.key === 'closest');
