import { isDigitCode, isTrimSpace } from '../charCodes';
import { isLetterOrNumber } from './wordChars';
import type { MarkToken } from './quoteMarks';

export interface RawQuote {
  /** Offset of the opening mark. */
  readonly open: number;
  readonly openLength: number;
  /** Offset of the closing mark, or null when the quote runs to the block's end. */
  readonly close: number | null;
  readonly closeLength: number;
  /** Index of the enclosing quote in the same list, or -1. */
  readonly parent: number;
}

type Mutable = { -readonly [K in keyof RawQuote]: RawQuote[K] };

interface Open {
  readonly at: number;
  readonly family: 'double' | 'single';
  readonly straight: boolean;
  readonly index: number;
}

// Neighbours are read as codes, -1 for none (the block's edge).
/** White space or . , ; : ! ? */
const isSpaceOrStop = (c: number) => isTrimSpace(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
const looksOpening = (prev: number, next: number) => !isLetterOrNumber(prev) && next >= 0 && !isSpaceOrStop(next);
const looksClosing = (prev: number, next: number) => prev >= 0 && !isTrimSpace(prev) && !isLetterOrNumber(next);

function innermostDouble(stack: readonly Open[]): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === 'double') return stack[i];
  return undefined;
}

function open(out: Mutable[], stack: Open[], m: MarkToken): void {
  const parent = stack.length ? stack[stack.length - 1].index : -1;
  out.push({ open: m.at, openLength: m.length, close: null, closeLength: 0, parent });
  stack.push({ at: m.at, family: m.family, straight: m.role === 'either', index: out.length - 1 });
}

function close(quote: Mutable, m: MarkToken): void {
  quote.close = m.at;
  quote.closeLength = m.length;
}

/** A double mark closes the innermost double quote; single quotes left open inside it were apostrophes. */
function closeDouble(out: Mutable[], stack: Open[], m: MarkToken): void {
  while (stack.length && stack[stack.length - 1].family === 'single') stack.pop();
  const top = stack.pop();
  if (top) close(out[top.index], m);
}

/**
 * Pairs a block's marks into quotes with a stack: curly marks by their shape,
 * straight ones by the state. Unclosed single marks are apostrophes and
 * vanish; the outermost unclosed double mark runs to the block's end.
 * `“A ‘b’ c” d "e` → [“A ‘b’ c”], [‘b’ in it], ["e to the end].
 */
export function pairQuotes(text: string, marks: readonly MarkToken[], start: number, end: number): RawQuote[] {
  const out: Mutable[] = [];
  const stack: Open[] = [];
  for (const m of marks) {
    if (m.family === 'single') {
      if (m.role === 'open') open(out, stack, m);
      else if (stack.length && stack[stack.length - 1].family === 'single') close(out[stack.pop()!.index], m);
      continue;
    }
    if (m.role === 'open') {
      open(out, stack, m);
      continue;
    }
    const doubleOpen = innermostDouble(stack);
    if (m.role === 'close') {
      if (doubleOpen) closeDouble(out, stack, m);
      continue;
    }
    const prev = m.at > start ? text.charCodeAt(m.at - 1) : -1;
    const next = m.at + m.length < end ? text.charCodeAt(m.at + m.length) : -1;
    if (doubleOpen) {
      if (!doubleOpen.straight && looksOpening(prev, next) && !looksClosing(prev, next)) open(out, stack, m);
      else closeDouble(out, stack, m);
    } else if (!isDigitCode(prev) && !(looksClosing(prev, next) && !looksOpening(prev, next))) open(out, stack, m);
  }
  return keepReal(out, stack);
}

/** Drops unclosed quotes except the outermost double one, renumbering parents. */
function keepReal(list: readonly RawQuote[], stack: readonly Open[]): RawQuote[] {
  let outer = -1;
  for (const o of stack) {
    if (o.family !== 'double') continue;
    outer = o.index;
    break;
  }
  let dropped = false;
  for (let i = 0; i < list.length && !dropped; i++) dropped = list[i].close === null && i !== outer;
  // Every quote kept: the parents stand as they are.
  if (!dropped) return list as RawQuote[];
  const keep = (i: number) => list[i].close !== null || i === outer;
  const newIndex: number[] = [];
  const out: RawQuote[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!keep(i)) continue;
    newIndex[i] = out.length;
    let p = list[i].parent;
    while (p >= 0 && !keep(p)) p = list[p].parent;
    out.push({ ...list[i], parent: p >= 0 ? newIndex[p] : -1 });
  }
  return out;
}
