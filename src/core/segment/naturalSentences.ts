import { PlaceholderTokenizer } from './placeholderTokenizer';

/** natural's cost grows faster than its input, so long paragraphs are fed in pieces of about this size. */
const CHUNK = 3000;
const tokenizer = new PlaceholderTokenizer([], true);
const STOP = /[.?!…]/g;
/** What may follow the first stop of a piece that natural returns whole; sticky, read after that stop. */
const LAST_STOPS = /(?:[.?!… ]*[.?!…])?["'”’)}\]]?\s*$/y;

/**
 * True for a piece whose only stops (if any) end it: natural's delimiter
 * pattern finds at most that final run, so it returns the piece whole and
 * need not be asked. Stops hidden in a number or URI only make a split less likely.
 */
function isOneSentence(piece: string): boolean {
  STOP.lastIndex = 0;
  const stop = STOP.exec(piece);
  if (!stop) return true;
  LAST_STOPS.lastIndex = stop.index + 1;
  return LAST_STOPS.test(piece);
}

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

/**
 * natural's sentences of text[start, end), as offsets. natural returns trimmed
 * strings, so each is found again after the previous one; a string it altered
 * is skipped rather than guessed. `"Hi. Bye."` → [[0,3],[4,8]].
 */
export function naturalSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = start; from < end; ) {
    const to = cutPoint(text, from, end);
    const piece = text.slice(from, to);
    let cursor = 0;
    for (const sentence of isOneSentence(piece) ? [piece.trim()] : tokenizer.tokenize(piece)) {
      const at = piece.indexOf(sentence, cursor);
      if (at < 0 || sentence.length === 0) continue;
      out.push([from + at, from + at + sentence.length]);
      cursor = at + sentence.length;
    }
    from = to;
  }
  return out;
}
