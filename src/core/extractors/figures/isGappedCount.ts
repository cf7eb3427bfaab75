import type { Token } from './tokens';

/** Words that join a second clause whose verb and noun are left out: "and the Union 201". */
const LINKS: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'but', ',', ';']);
/** Signs that end the clause the gapped count closes. */
const ENDS: ReadonlySet<string> = new Set(['.', ',', ';', ')', '!', '?', 'and']);
/** Subjects capitalised only to open a sentence: "They sold 30 cars and the Corvane 3." names no rival. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those']);
/** The most capitalised words a name runs over. */
const NAME_WORDS = 3;

function isCapitalisedWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text[0] !== t.lower[0];
}

function isLowerWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text[0] === t.lower[0];
}

/**
 * True when the number at token start, after a name and ending its clause,
 * counts what a like clause before it counted, its verb and noun left out:
 * "the Alliance won 326 seats and the Union 201." → true at 201. "a Boeing 747
 * and an Airbus 380", "They sold 30 cars and the Corvane 3." → false.
 */
export function isGappedCount(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  if (next && !ENDS.has(next.lower)) return false;
  let k = start - 1;
  const floor = start - 1 - NAME_WORDS;
  while (k > floor && isCapitalisedWord(tokens[k])) k--;
  if (k === start - 1) return false;
  if (tokens[k]?.lower === 'the') k--;
  if (!LINKS.has(tokens[k]?.lower ?? '')) return false;
  if (tokens[k - 1]?.text === ',') k--;
  // A list of them: "326 seats, the Union 201 and the Greens 12".
  if (tokens[k - 1]?.type === 'num' && isCapitalisedWord(tokens[k - 2])) return isGappedCount(tokens, k - 1);
  // The clause before: a name, a verb, a count and its noun ("Alliance won 326 seats").
  let n = k - 1;
  while (n > k - 3 && isLowerWord(tokens[n])) n--;
  if (n === k - 1 || tokens[n]?.type !== 'num') return false;
  const subject = tokens[n - 2];
  return isLowerWord(tokens[n - 1]) && isCapitalisedWord(subject) && !PRONOUNS.has(subject.lower);
}
