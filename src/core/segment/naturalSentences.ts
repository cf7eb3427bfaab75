import { delimiterEnds } from './delimiterEnds';
import { PlaceholderTokenizer } from './placeholderTokenizer';
import { isTrimSpace } from '../charCodes';

/** natural's cost grows faster than its input, so long paragraphs are fed in pieces of about this size. */
const CHUNK = 3000;
const tokenizer = new PlaceholderTokenizer([], true);

/** A cut point near the end of [start, start + CHUNK): after a line break, else after ". ", else at a space. */
function cutPoint(text: string, start: number, end: number): number {
  if (end - start <= CHUNK) return end;
  const limit = start + CHUNK;
  const window = text.slice(start, limit);
  const line = window.lastIndexOf('\n');
  if (line > CHUNK / 2) return start + line + 1;
  const stop = window.lastIndexOf('. ');
  if (stop > CHUNK / 2) return start + stop + 2;
  const space = window.lastIndexOf(' ');
  return space > 0 ? start + space + 1 : limit;
}

/** Appends text[from, to) trimmed as String.prototype.trim does, unless nothing is left. */
function pushTrimmed(text: string, from: number, to: number, out: number[]): void {
  while (from < to && isTrimSpace(text.charCodeAt(from))) from++;
  while (to > from && isTrimSpace(text.charCodeAt(to - 1))) to--;
  if (from < to) out.push(from, to);
}

/** natural's own tokenizer over a piece: it returns trimmed strings, each found again after the one before. */
function tokenizePiece(text: string, from: number, to: number, out: number[]): void {
  const piece = text.slice(from, to);
  let cursor = 0;
  for (const sentence of tokenizer.tokenize(piece)) {
    const at = piece.indexOf(sentence, cursor);
    // A string natural altered is skipped rather than guessed.
    if (at < 0 || sentence.length === 0) continue;
    out.push(from + at, from + at + sentence.length);
    cursor = at + sentence.length;
  }
}

/**
 * natural's sentences of text[start, end), as flat [start, end] offset pairs.
 * natural splits a piece after each delimiter match and trims the parts, so
 * where delimiterEnds can read its split points the parts are cut in place;
 * otherwise natural itself is asked. `"Hi. Bye."` → [0, 3, 4, 8].
 */
export function naturalSentences(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let from = start; from < end; ) {
    const to = cutPoint(text, from, end);
    const ends: number[] = [];
    if (delimiterEnds(text, from, to, ends)) {
      let at = from;
      for (const e of ends) {
        pushTrimmed(text, at, e, out);
        at = e;
      }
      pushTrimmed(text, at, to, out);
    } else {
      tokenizePiece(text, from, to, out);
    }
    from = to;
  }
  return out;
}
