import { CLAUSE_LINKS, COUNTED_SPEAKERS } from '../lexicon/clauseWords';
import { isPersonNoun } from './describedAsPerson';
import type { Phrase } from './phraseWords';
import { LINKS, betweenAdjectives, isJoiner, isNameWord, isOpeningModifier, isPossessive, isPronoun, speakingNounAt } from './phraseWords';
import { mutatedAt, particlesAt } from './nameParticle';
import type { Word } from './words';
import { DETERMINER, ROLE, SPEAKING_NOUN, classesOf } from './wordClasses';

/** Words that end a speaker phrase read forwards: "said the ministry | in a statement". */
const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'to', 'that', 'who', 'which', 'as', 'from', 'about', 'last', 'this', 'earlier', 'later', 'recently', 'told']);

/** "Republican voter | Stephanie Hooton": a lower-case title or trade between capitalised words. */
const titleBeforeName = (w: Word): boolean => !w.punct && !w.capital && ((classesOf(w) & ROLE) !== 0 || isPersonNoun(w.key));

/**
 * The speaker phrase that starts at word `i`, after an inverted verb:
 * `said | Jens Stoltenberg, …`, `said | the ministry in a statement`.
 */
export function phraseAfter(ws: readonly Word[], i: number, ceiling: number): Phrase | null {
  const w = ws[i];
  if (!w || i > ceiling || w.punct || isOpeningModifier(ws, i)) return null;
  // "said her deputy, Tom Beck": "her" before a noun for people owns it, and is no pronoun that speaks.
  if (isPronoun(w) && !((classesOf(w) & DETERMINER) !== 0 && i + 1 <= ceiling && titleBeforeName(ws[i + 1]))) return { from: i, to: i, kind: 'pronoun' };
  // `"…," and Democrats would need to`: a linking word opens a clause of its own, not a speaker phrase.
  if (CLAUSE_LINKS.has(w.key)) return null;
  let c = i;
  // "said 9/11 widow Dana Kell": a compound's inner mark reads on to the name.
  while (c <= Math.min(ceiling, i + 4) && (!ws[c].punct || isJoiner(ws, c)) && !ws[c].capital && (classesOf(ws[c]) & DETERMINER) === 0 && !STOP_AFTER.has(ws[c].key)) c++;
  if (c <= ceiling && isNameWord(ws[c]) && ws[c].capital && (c === i || (classesOf(w) & DETERMINER) === 0)) {
    let j = c;
    // After a lower-case title the name is a person's: "voter Stephanie Hooton | of Derry".
    let titled = false;
    for (; j + 1 <= ceiling; j++) {
      const next = ws[j + 1];
      if (isNameWord(next) || mutatedAt(ws, j + 1)) continue;
      // "Ana de la Cruz said", "Seán Mac an Bhaird spoke": particles inside a name read on to its capital.
      const particles = ws[j].capital ? particlesAt(ws, j + 1) : 0;
      if (particles > 0 && j + particles + 1 <= ceiling) {
        j += particles;
        continue;
      }
      const bridge = j + 2 <= ceiling && ws[j + 2].capital && ws[j].capital;
      if (bridge && !titled && titleBeforeName(next)) titled = true;
      else if (!(bridge && !titled && LINKS.has(next.key))) break;
    }
    // "Marwick aides", "Gulf sources": a name before a noun for people who speak describes them.
    if (j + 1 <= ceiling && speakingNounAt(ws, j + 1)) return { from: i, to: j + 1, kind: 'description' };
    if (!((classesOf(ws[j]) & ROLE) !== 0 && !ws[j].capital)) return { from: i, to: j, kind: 'name' };
  }
  // "said Kell’s deputy campaign manager": a possessive opens a noun phrase like a determiner;
  // "according to people familiar with the plans": so does a noun for those who speak.
  const speaking = (classesOf(w) & SPEAKING_NOUN) !== 0;
  // "said the Blaze’s Matt Hollins": an outlet's or employer's possessive before a full name names that person.
  const owned = (classesOf(w) & DETERMINER) !== 0 ? ownedName(ws, i, ceiling) : -1;
  if (owned >= 0) return { from: i, to: owned, kind: 'name' };
  if ((classesOf(w) & DETERMINER) !== 0 || isPossessive(w) || speaking) {
    let j = i;
    while (j + 1 <= Math.min(ceiling, i + 7) && (!ws[j + 1].punct || isJoiner(ws, j + 1) || (j === i + 1 && ws[j + 1].text === ',' && betweenAdjectives(ws, j + 1, i))) && (!STOP_AFTER.has(ws[j + 1].key) || closeTo(ws, j + 1))) j++;
    // "said Lorne’s top policy aide Owen Rennick": a description ending in a title and a full name is that person's.
    if (endsInTitledName(ws, i, j)) return { from: i, to: j, kind: 'name' };
    // "said her deputy, Tom Beck": a name set off after a noun for people is whom it describes.
    const setOff = titleBeforeName(ws[j]) ? nameSetOff(ws, j + 1, ceiling) : -1;
    if (setOff >= 0) return { from: j + 2, to: setOff, kind: 'name' };
    // "tweeted another.": a counting word alone stands for a person.
    return j > i || speaking || (COUNTED_SPEAKERS.has(w.key) && (j === ceiling || ws[j + 1].punct)) ? { from: i, to: j, kind: 'description' } : null;
  }
  return null;
}

/** The last word of a name of two words or more after the comma at word c that closes the clause or is set off: ", Tom Beck." → "Beck"; else -1. */
function nameSetOff(ws: readonly Word[], c: number, ceiling: number): number {
  if (c + 2 > ceiling || ws[c].text !== ',' || !isNameWord(ws[c + 1]) || !ws[c + 1].capital) return -1;
  let j = c + 1;
  while (j + 1 <= ceiling && isNameWord(ws[j + 1]) && ws[j + 1].capital) j++;
  return j > c + 1 && (j === ceiling || ws[j + 1].punct) ? j : -1;
}

/**
 * The last word of a full name after "the" and a capitalised possessive within
 * three words (`the Blaze’s Matt Hollins`, `the company’s Dana Kell`), else -1.
 */
function ownedName(ws: readonly Word[], i: number, ceiling: number): number {
  for (let p = i + 1; p <= Math.min(ceiling - 2, i + 3); p++) {
    if (ws[p].punct) return -1;
    if (!isPossessive(ws[p])) continue;
    let j = p + 1;
    while (j + 1 <= ceiling && isNameWord(ws[j + 1]) && ws[j + 1].capital) j++;
    return j > p + 1 && isNameWord(ws[p + 1]) && ws[p + 1].capital ? j : -1;
  }
  return -1;
}

/** Whether words [i, j] end in a lower-case title and two capitalised words or more: "aide Owen Rennick". */
function endsInTitledName(ws: readonly Word[], i: number, j: number): boolean {
  let s = j;
  while (s - 1 > i && ws[s - 1].capital && !ws[s - 1].punct) s--;
  // "the Center for Responsive Politics": a short linking word is no title, though "for" ends like "author".
  return s < j && s - 1 > i && ws[j].capital && ws[s - 1].key.length > 3 && titleBeforeName(ws[s - 1]);
}

/** "a source close to the campaign": the "to" goes on with the description. */
const closeTo = (ws: readonly Word[], k: number): boolean => ws[k].key === 'to' && (ws[k - 1]?.key === 'close' || ws[k - 1]?.key === 'closest');
