import type { QuoteKind } from '../model';
import { isTrimSpace } from '../charCodes';
import { countWords } from './countWords';
import { isTitleWord, titleWords } from './titleWords';

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isQuoteMark = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;
const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * A sure sign of more than eight words, cheaper than counting them: a
 * letter or digit first, then eight spaces each before a letter or digit,
 * each of which starts a new word. It gives up after 32 spaces, leaving the
 * answer to countWords: nested quotes whose spaces all stand before marks
 * would otherwise be read to their end, each of them.
 */
function nineWordsAtLeast(content: string): boolean {
  if (!isAsciiWordCode(content.charCodeAt(0))) return false;
  let n = 0;
  let spaces = 0;
  for (let at = content.indexOf(' '); at >= 0 && ++spaces <= 32; at = content.indexOf(' ', at + 1)) if (isAsciiWordCode(content.charCodeAt(at + 1)) && ++n === 8) return true;
  return false;
}

/** True when content ends with a sentence stop and closing marks, past trailing white space, commas, semicolons and colons. */
function endsSentence(content: string): boolean {
  let end = content.length;
  for (let c = content.charCodeAt(end - 1); end > 0 && (isTrimSpace(c) || c === 0x2c || c === 0x3b || c === 0x3a); c = content.charCodeAt(--end - 1));
  while (end > 0 && isQuoteMark(content.charCodeAt(end - 1))) end--;
  return end > 0 && isStop(content.charCodeAt(end - 1));
}

/** The kind of content beyond the BMP, where only the /u regex reads words right. */
function astralKind(content: string): QuoteKind {
  const words = content.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 8) return 'speech';
  const cry = content.includes('!') || content.includes('?');
  if (words.length >= 2 && !cry && words.every(isTitleWord)) return 'title';
  return words.length <= 3 && !endsSentence(content) ? 'scare' : 'speech';
}

/**
 * The kind a quotation's form suggests, before any attribution is known:
 * a short Title Case phrase is a title, one to three words without a full
 * stop are scare quotes, anything else is speech. The speakers stage turns
 * a scare or title quote into speech when a cue attributes it.
 * `“Meet the Press”` → title; `“unity”` → scare; `“We will win.”` → speech.
 */
export function quoteKind(content: string): QuoteKind {
  if (nineWordsAtLeast(content)) return 'speech';
  const count = countWords(content, 8);
  if (count < 0) return astralKind(content);
  if (count === 0 || count > 8) return 'speech';
  const cry = content.includes('!') || content.includes('?');
  if (count >= 2 && !cry && titleWords(content)) return 'title';
  if (count <= 3 && !endsSentence(content)) return 'scare';
  return 'speech';
}
