import type { Span } from '../model';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';

/** A pronoun's words without the "’s" joined to it: "He’s" in "He’s telling supporters" → "He". */
export function pronounSpan(text: string, w: Word): Span {
  const end = w.end - possessiveEnd(w.text);
  return { start: w.start, end, text: text.slice(w.start, end) };
}
