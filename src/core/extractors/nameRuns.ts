import { firmAmpersand } from './firmAmpersand';
import { mutatedAt, particlesAt } from './nameParticle';
import { isContracted, isOpeningModifier } from './phraseWords';
import { LETTER, unitClass } from './wordChars';
import { DETERMINER, FEMALE_NAME, HONORIFIC, MALE_NAME, MODIFIER, NOT_NAME, ORGANIZATION, PREPOSITION, ROLE, classesOf, classesOfKey } from './wordClasses';
import type { Word } from './words';

/** "Roberta A. Lindgren": a middle initial, though "A" alone is a determiner. */
const isInitial = (w: Word) => w.text.length === 2 && w.text.charCodeAt(1) === 0x2e;
/** "New York-based", "Oscar-winner": a compound ending in a lower-case word describes, it does not name. */
const DESCRIBING_COMPOUND = /-\p{Ll}+$/u;
/** Capitalised, and not a word that opens sentences or clauses ("The", "He", "In") unless an initial. */
const isCapitalWord = (w: Word) =>
  !w.punct && w.capital && ((classesOf(w) & NOT_NAME) === 0 ? !(w.text.includes('-') && DESCRIBING_COMPOUND.test(w.text)) : isInitial(w));
/** Whether a word is in capitals throughout, with two letters or more: "DEADLY", "GOP", "U.S.", not "J.". */
function allCaps(w: Word | undefined): boolean {
  if (!w || w.punct || w.text.length < 2) return false;
  const t = w.text;
  // Most capitalised words go on in lower case: "Marwick".
  const second = t.charCodeAt(1);
  if ((second >= 0x61 && second <= 0x7a) || second > 0x7f) return false;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c > 0x7f) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  // "J. J. Price": initials are not capitals throughout.
  return letters >= 2;
}
/**
 * Whether word i is part of a heading in capitals ("DEADLY TARBURY EXPLOSION Varenian President …"): two
 * words in capitals side by side are shouted, while an acronym stands alone ("GOP front-runner").
 */
export const shouted = (ws: readonly Word[], i: number) => allCaps(ws[i]) && (allCaps(ws[i - 1]) || allCaps(ws[i + 1])) && !capitalLabel(ws, i);

/** Whether one to four words in capitals from word c close a label with its colon: `ANA RUIZ, HEALTH SECRETARY:`. */
function roleThenColon(ws: readonly Word[], c: number): boolean {
  let d = c;
  while (d - c < 4 && allCaps(ws[d])) d++;
  return d > c && ws[d]?.text === ':';
}

/**
 * Whether word i is in a transcript's label in capitals: a line's first words, a given name or honorific among
 * them, then a colon, perhaps after a role (`ANA RUIZ, MAYOR:`), as `ANA RUIZ: "We will not pay."` or `MS. RUIZ:` print the speaker.
 */
function capitalLabel(ws: readonly Word[], i: number): boolean {
  let a = i;
  while (a > 0 && i - a < 4 && allCaps(ws[a - 1])) a--;
  if (a > 0 && !ws[a - 1].punct) return false;
  let b = i;
  while (b - a < 4 && allCaps(ws[b + 1])) b++;
  if (ws[b + 1]?.text !== ':' && !(ws[b + 1]?.text === ',' && roleThenColon(ws, b + 2))) return false;
  for (let k = a; k <= b; k++) if ((classesOf(ws[k]) & (MALE_NAME | FEMALE_NAME | HONORIFIC)) !== 0) return true;
  return false;
}

/**
 * A capitalised adverb that ends a name after its other words, though it opens sentences too: "the union Unite
 * Now said". Only a few such adverbs: a capital after a name may open a headline's next word ("… For Telling …").
 */
export const innerCapital = (w: Word) => w.capital && !w.punct && w.text.length > 2 && NAME_END_ADVERBS.has(w.key) && !allCaps(w);

/** Adverbs that end bodies' and campaigns' names: "Unite Now", "Britain Together", "Women Forward". */
const NAME_END_ADVERBS: ReadonlySet<string> = new Set(['now', 'together', 'forward', 'first', 'ahead', 'again']);

const isLowerRole = (w: Word) => !w.punct && !w.capital && (classesOf(w) & ROLE) !== 0;

const SMALL_WORDS = new Set(['and', 'or', 'but', 'nor', 'as', 'vs']);
/** No small word is longer than "vs." with its stop: a longer word's key is neither lowered nor hashed to be looked up. */
const isSmallWord = (w: Word) => w.text.length <= 4 && SMALL_WORDS.has(w.key);

/** Verbs that open a question: "Is Miriam Talbot fit …?" names Miriam Talbot, not "Is Miriam Talbot". */
const QUESTION_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'do']);

/** Whether a capitalised word opens a clause rather than a name: "Is", "It’s", "That's". */
function opensClause(w: Word): boolean {
  // The classes and the text first: a name's key is lowered only when asked.
  if ((classesOf(w) & MODIFIER) !== 0) return QUESTION_VERBS.has(w.key);
  return isContracted(w);
}

/** A headline in title case ("Okafor Wins Big in Leeds") capitalises all but small words, so its capitals name no one. */
function titleCase(ws: readonly Word[], from: number, to: number): boolean {
  let capitals = 0;
  for (let k = from; k <= to; k++) {
    const w = ws[k];
    if (w.punct) continue;
    // A capital is a letter; a lower-case word counts against title case unless small or a number.
    if (w.capital) capitals++;
    else if ((classesOf(w) & (PREPOSITION | DETERMINER)) === 0 && !isSmallWord(w) && (unitClass(w.text.charCodeAt(0)) & LETTER) !== 0) return false;
  }
  return capitals >= 4;
}

/**
 * 1 when word j heads a body's name that goes on past "of" or "for": "Bank of England", "Department for
 * Education"; not "Secretary of State", a title's.
 */
function bodyOf(ws: readonly Word[], j: number): number {
  const link = ws[j + 1];
  if (link.text !== 'of' && link.text !== 'for') return 0;
  // "Centers for …": a body's plural head too.
  const body = (classesOf(ws[j]) & ORGANIZATION) !== 0 || (ws[j].key.endsWith('s') && (classesOfKey(ws[j].key.slice(0, -1)) & ORGANIZATION) !== 0);
  return ws[j].capital && body && isCapitalWord(ws[j + 2]) ? 1 : 0;
}

/**
 * 1 when the "and" after word j goes on with a body's name past "of" or "for" at `link`: "Centers for Harbour
 * Safety and Prevention" is one body. Two capitalised words at least stand between, and one word that is no
 * given name or body follows, as "the Bank of England and Barclays" are two.
 */
function bodyAnd(ws: readonly Word[], link: number, j: number, to: number): number {
  if (link < 0 || j - link < 2 || j + 2 > to || ws[j + 1].key !== 'and' || !isCapitalWord(ws[j + 2])) return 0;
  // One word ends the name: "… of Dock Workers and National Union of …" joins two names.
  const after = ws[j + 3];
  if (after && !after.punct && (after.capital || after.key === 'of' || after.key === 'for')) return 0;
  return (classesOf(ws[j + 2]) & (MALE_NAME | FEMALE_NAME | ORGANIZATION | HONORIFIC)) === 0 ? 1 : 0;
}

/**
 * Runs of capitalised words (with lower-case titles inside, as in
 * "Democratic presidential candidate Ana Ruiz") within words [from, to]:
 * the candidates for names, none in a title-case headline. Each run's first
 * and last word index is appended to `out`, a flat list kept for a whole text.
 * `"Yesterday NATO Secretary General Jens Stoltenberg spoke"` → 1, 5 (one run after "Yesterday").
 */
export function nameRuns(ws: readonly Word[], from: number, to: number, out: number[]): void {
  if (titleCase(ws, from, to)) return;
  let i = from;
  while (i <= to) {
    // A word in lower case opens no run, nor does an ampersand after it ("Brandt & Co" needs a capital before it):
    // most words cost this one flag.
    if (!ws[i].capital) {
      i++;
      continue;
    }
    if ((!isCapitalWord(ws[i]) || isOpeningModifier(ws, i) || opensClause(ws[i]) || shouted(ws, i)) && !(i + 2 <= to && firmAmpersand(ws, i + 1))) {
      i++;
      continue;
    }
    let j = i;
    // The "of" or "for" inside a body's name, once passed: -1 before.
    let link = -1;
    for (;;) {
      while (j + 1 <= to && ((isCapitalWord(ws[j + 1]) && !shouted(ws, j + 1)) || (innerCapital(ws[j + 1]) && !ws[j + 2]?.capital) || mutatedAt(ws, j + 1) || (isLowerRole(ws[j + 1]) && j + 2 <= to && (isCapitalWord(ws[j + 2]) || isLowerRole(ws[j + 2]))))) j++;
      // "Ana de Vell": a particle between capitalised words stays inside the name.
      const body = j + 2 <= to ? bodyOf(ws, j) : 0;
      const particles = j + 2 <= to ? particlesAt(ws, j + 1) || body || bodyAnd(ws, link, j, to) : 0;
      if (particles === 0 || j + particles + 1 > to) break;
      if (body) link = j + 1;
      j += particles;
    }
    // "Brandt & Co", "Ruiz & Sons": a firm's name goes on past its ampersand.
    if (j + 2 <= to && firmAmpersand(ws, j + 1)) j += 2;
    out.push(i, j);
    i = j + 1;
  }
}
