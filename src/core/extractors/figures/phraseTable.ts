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

export function phraseTable<T>(entries: Iterable<readonly [string, T]>, lowerCase: boolean): PhraseTable<T> {
  const map = new Map<string, T>();
  const firstWords = new Set<string>();
  // Every proper prefix of a key: once the words read so far are none, no longer phrase can match.
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const [key, value] of entries) {
    map.set(key, value);
    for (let k = 1; k < key.length; k++) prefixes.add(key.slice(0, k));
    const parts = phraseParts(key);
    firstWords.add(parts[0] ?? key);
    maxTokens = Math.max(maxTokens, parts.length);
  }
  return {
    maxTokens,
    match(tokens, i) {
      const first = tokens[i];
      if (!first || !firstWords.has(lowerCase ? first.lower : first.text)) return null;
      let key = '';
      let best: { value: T; end: number } | null = null;
      for (let j = i; j < tokens.length && j < i + maxTokens; j++) {
        const t = tokens[j];
        key += (j === i ? '' : t.glued ? '' : ' ') + (lowerCase ? t.lower : t.text);
        const value = map.get(key);
        if (value !== undefined) best = { value, end: j + 1 };
        if (!prefixes.has(key)) break;
      }
      return best;
    },
  };
}
