import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case without a final full stop: "Sen." → "sen". */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly capital: boolean;
  /** Punctuation rather than a word. */
  readonly punct: boolean;
}

/** Words (with inner dots, apostrophes and hyphens) and single punctuation marks. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
/** A party tag keeps its full stop: "R-Ky.", "D-Calif.". */
const PARTY_TAG = /^\p{Lu}-\p{Lu}\p{Ll}{1,5}$/u;

/**
 * The words of text[start, end), keeping the full stop of abbreviations and
 * initials with their word. `"Sen. Ana Ruiz said."` → Sen. | Ana | Ruiz | said | .
 */
export function words(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = TOKEN;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let to = Math.min(m.index + m[0].length, end);
    const first = m[0].charCodeAt(0);
    const punct = !/[\p{L}\p{N}]/u.test(m[0][0]);
    let key = m[0].toLowerCase();
    if (!punct && text[to] === '.' && to < end) {
      if ((m[0].length === 1 && first >= 65 && first <= 90) || TITLE_ABBREVIATIONS.has(key) || FINAL_ABBREVIATIONS.has(key) || key.includes('.') || PARTY_TAG.test(m[0])) {
        to += 1;
        re.lastIndex = to;
      }
    }
    key = key.replace(/[.]$/, '');
    out.push({ start: m.index, end: to, text: text.slice(m.index, to), key, capital: UPPER.test(m[0]), punct });
  }
  return out;
}

/** Index of the first word starting at or after `at`. */
export function wordAt(ws: readonly Word[], at: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
