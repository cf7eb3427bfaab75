import { NAME_ARTICLES as ARTICLES } from '../lexicon/firstNames';

/**
 * Whether text[start, end), a word that opens in lower case, is a name article, a hyphen and a capital:
 * "al-Rashid". Such a word is a name's part as a capitalised one is.
 */
export function opensWithNameArticle(text: string, start: number, end: number): boolean {
  const dash = text.charCodeAt(start + 2) === 45 ? start + 2 : text.charCodeAt(start + 3) === 45 ? start + 3 : text.charCodeAt(start + 4) === 45 ? start + 4 : -1;
  if (dash < 0 || dash + 2 >= end) return false;
  const c = text.charCodeAt(dash + 1);
  return c >= 65 && c <= 90 && ARTICLES.has(text.slice(start, dash));
}

/** A lower-case surname without its article, as the article is often left out: "al-assad" → "assad"; others unchanged. */
export function withoutNameArticle(word: string): string {
  const dash = word.indexOf('-');
  return dash >= 2 && dash <= 4 && dash + 1 < word.length && ARTICLES.has(word.slice(0, dash)) ? word.slice(dash + 1) : word;
}
