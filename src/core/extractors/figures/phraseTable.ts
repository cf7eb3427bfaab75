import type { Token } from './tokens';

/**
 * Finds the longest phrase of a table that starts at a token. A phrase is
 * the tokens' text joined by one space where the text had whitespace and by
 * nothing where the tokens touch, so "km/h", "°C", "per cent" and "us$" are
 * all keys. Lower-case tables match any case.
 */
export interface PhraseTable<T> {
  match(tokens: readonly Token[], i: number): { value: T; end: number } | null;
  /** The most tokens a phrase spans: "greater than or equal to" → 5. */
  readonly maxTokens: number;
}

/** A phrase split the way the tokenizer splits text: "approx." → `approx` `.`. */
export function phraseParts(phrase: string): string[] {
  return phrase.match(/[A-Za-z\u00C0-\u024F\u0370-\u03FF]+|\d+|\S/g) ?? [];
}

/** One step of a phrase: the next token's text, glued to the one before or not. */
interface Node<T> {
  found: boolean;
  value: T | undefined;
  readonly glued: Map<string, Node<T>>;
  readonly spaced: Map<string, Node<T>>;
}

function node<T>(): Node<T> {
  return { found: false, value: undefined, glued: new Map(), spaced: new Map() };
}

/**
 * A key split as the tokenizer splits text, each part marked glued when no
 * space comes before it: "km/h" → `km` `/`+ `h`+; "per cent" → `per` `cent`.
 */
function keyTokens(key: string): Array<{ text: string; glued: boolean }> {
  const parts: Array<{ text: string; glued: boolean }> = [];
  const split = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF]+(?:['’][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF]+)*|\d+|[\uD800-\uDBFF][\uDC00-\uDFFF]|\S|(\s+)/g;
  let glued = false;
  for (let m = split.exec(key); m; m = split.exec(key)) {
    if (m[1] === undefined) parts.push({ text: m[0], glued });
    glued = m[1] === undefined;
  }
  return parts;
}

/** A letter A–Z as a–z; other code units as they are. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** One bit per token length, 1 to 31 and longer in the last. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

export function phraseTable<T>(entries: Iterable<readonly [string, T]>, lowerCase: boolean): PhraseTable<T> {
  // A trie over tokens, so that matching reads each token's string as it is, joining none.
  const root = new Map<string, Node<T>>();
  let maxTokens = 1;
  for (const [key, value] of entries) {
    const parts = keyTokens(key);
    let at: Node<T> | undefined;
    for (const part of parts) {
      const edges = at === undefined ? root : part.glued ? at.glued : at.spaced;
      at = edges.get(part.text) ?? edges.set(part.text, node<T>()).get(part.text);
    }
    if (at) [at.found, at.value] = [true, value];
    maxTokens = Math.max(maxTokens, phraseParts(key).length);
  }
  // For each ASCII code unit a first token may open with, the lengths it may
  // have, one bit each (the last bit for all longer): a token of another
  // opening or length ends the match before its string is cut or looked up.
  // An ASCII opening lower-cases to one code unit, but others may not ("İ"),
  // so a key with such letters lets every length through.
  const opens = new Uint32Array(128);
  for (const first of root.keys()) {
    const head = first.charCodeAt(0);
    if (head < 128) opens[head] |= /^[\x00-\x7f]*$/.test(first) ? lengthBit(first.length) : ~0;
  }
  return {
    maxTokens,
    match(tokens, i) {
      const first = tokens[i];
      if (!first) return null;
      const head = first.head;
      if (head < 128 && (opens[lowerCase ? asciiLower(head) : head] & lengthBit(first.end - first.start)) === 0) return null;
      let at = root.get(lowerCase ? first.lower : first.text);
      let best: Node<T> | undefined;
      let end = 0;
      for (let j = i + 1; at !== undefined; j++) {
        if (at.found) {
          best = at;
          end = j;
        }
        const t = tokens[j];
        if (!t || j >= i + maxTokens) break;
        at = (t.glued ? at.glued : at.spaced).get(lowerCase ? t.lower : t.text);
      }
      return best ? { value: best.value as T, end } : null;
    },
  };
}
