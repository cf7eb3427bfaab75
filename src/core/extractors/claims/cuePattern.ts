/**
 * A phrase table compiled for whole-word, case-insensitive search: the
 * phrases by their first character, longest first, so that "need to" wins
 * over "need". It matches exactly what the regex
 * `(?<![\w'’])(?:longest|…|shortest)(?![\w'’])` with flags `gi` would (a
 * space in a phrase standing for `\s+`, an apostrophe for `['’]`), but looks
 * only at word starts instead of running a long alternation at every
 * character, which made the cue lexicons most of the stage's time.
 * Phrases are lower-case ASCII words, apostrophes and single inner spaces.
 */
export interface CuePattern {
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

/** A cue found in a text: where it starts, and the text it covers. */
export interface CueMatch {
  readonly index: number;
  readonly text: string;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/** `cuePattern(['need to'])` matches "Need  to" in "We need  to act". */
export function cuePattern(phrases: readonly string[]): CuePattern {
  const byFirst = new Map<number, string[]>();
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  for (const p of sorted) {
    const first = p.charCodeAt(0);
    for (const key of first === APOSTROPHE ? [APOSTROPHE, CURLY_APOSTROPHE] : [first]) {
      byFirst.set(key, [...(byFirst.get(key) ?? []), p]);
    }
  }
  return { byFirst };
}

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `[\w'’]`: a cue may neither follow nor precede one of these. */
function isWordish(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === APOSTROPHE || c === CURLY_APOSTROPHE;
}

const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Where the phrase ends if it matches at `at`, else -1. */
function matchAt(phrase: string, text: string, at: number): number {
  let i = at;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase.charCodeAt(k);
    const c = text.charCodeAt(i);
    if (p === 32) {
      if (!isSpace(c)) return -1;
      while (isSpace(text.charCodeAt(i))) i++;
    } else if (p === APOSTROPHE ? c === APOSTROPHE || c === CURLY_APOSTROPHE : fold(c) === p) {
      i++;
    } else return -1;
  }
  return i < text.length && isWordish(text.charCodeAt(i)) ? -1 : i;
}

/** Each match in text order, as the regex with flag `g` would find them, until `visit` returns false. */
function scan(pattern: CuePattern, text: string, visit: (phrase: string, start: number, end: number) => boolean): void {
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && isWordish(text.charCodeAt(at - 1))) continue;
    const candidates = pattern.byFirst.get(fold(text.charCodeAt(at)));
    if (!candidates) continue;
    for (const phrase of candidates) {
      const end = matchAt(phrase, text, at);
      if (end < 0) continue;
      if (!visit(phrase, at, end)) return;
      at = end - 1;
      break;
    }
  }
}

/** Every cue of the pattern in the text, as its phrase (lower-case, single spaces), in text order. */
export function findCues(pattern: CuePattern, text: string): string[] {
  const found: string[] = [];
  scan(pattern, text, (phrase) => found.push(phrase) > 0);
  return found;
}

/** The first cue in the text, or null. */
export function firstCue(pattern: CuePattern, text: string): CueMatch | null {
  let first: CueMatch | null = null;
  scan(pattern, text, (_, start, end) => ((first = { index: start, text: text.slice(start, end) }), false));
  return first;
}

/** True when the pattern matches anywhere in the text. */
export function hasCue(pattern: CuePattern, text: string): boolean {
  return firstCue(pattern, text) !== null;
}
