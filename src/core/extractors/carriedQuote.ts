import { isDigitCode } from '../charCodes';
import { looksClosing, looksOpening } from './doubleMarkRole';
import type { MarkToken } from './quoteMarks';

/**
 * Whether a block's first double mark can only close a quote: `costed," she
 * said` with nothing opened before it. After a paragraph that left a double
 * quote open, that closer ends the quote the writer forgot to reopen.
 * Its cue follows it in the block: a mark at the block's end closes a source
 * line set under a pull quote instead.
 * `We paid nothing," she said.` → true; `She said: "We paid."` → false.
 */
export function closesCarried(text: string, marks: readonly MarkToken[], start: number, end: number): boolean {
  for (const m of marks) {
    if (m.family !== 'double') continue;
    if (m.role === 'open') return false;
    const prev = m.at > start ? text.charCodeAt(m.at - 1) : -1;
    const next = m.at + m.length < end ? text.charCodeAt(m.at + m.length) : -1;
    // `a 12" pipe`: after a digit a straight mark may be an inch mark.
    if (m.role === 'either' && isDigitCode(prev)) return false;
    // A mark ending the block closes a source line set after a pull quote (`Ana Ruiz, the union."`), not speech.
    if (next < 0) return false;
    return looksClosing(prev, next) && !looksOpening(prev, next);
  }
  return false;
}
