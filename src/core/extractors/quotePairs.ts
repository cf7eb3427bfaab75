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

const WORD = /[\p{L}\p{N}]/u;
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const looksOpening = (prev: string, next: string) => !WORD.test(prev) && !/[\s.,;:!?]/.test(next) && next !== '';
const looksClosing = (prev: string, next: string) => prev.trim() !== '' && (next === '' || !WORD.test(next));

function innermostDouble(stack: readonly Open[]): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === 'double') return stack[i];
  return undefined;
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
  const push = (m: MarkToken) => {
    const parent = stack.length ? stack[stack.length - 1].index : -1;
    out.push({ open: m.at, openLength: m.length, close: null, closeLength: 0, parent });
    stack.push({ at: m.at, family: m.family, straight: m.role === 'either', index: out.length - 1 });
  };
  const close = (index: number, m: MarkToken) => {
    out[index].close = m.at;
    out[index].closeLength = m.length;
  };
  const closeDouble = (m: MarkToken) => {
    while (stack.length && stack[stack.length - 1].family === 'single') stack.pop();
    const top = stack.pop();
    if (top) close(top.index, m);
  };
  for (const m of marks) {
    const prev = m.at > start ? text[m.at - 1] : '';
    const next = m.at + m.length < end ? text[m.at + m.length] : '';
    const doubleOpen = innermostDouble(stack);
    if (m.family === 'single') {
      if (m.role === 'open') push(m);
      else if (stack.length && stack[stack.length - 1].family === 'single') close(stack.pop()!.index, m);
    } else if (m.role === 'open') push(m);
    else if (m.role === 'close') {
      if (doubleOpen) closeDouble(m);
    } else if (doubleOpen) {
      if (!doubleOpen.straight && looksOpening(prev, next) && !looksClosing(prev, next)) push(m);
      else closeDouble(m);
    } else if (!isDigit(prev) && !(looksClosing(prev, next) && !looksOpening(prev, next))) push(m);
  }
  return keepReal(out, stack);
}

/** Drops unclosed quotes except the outermost double one, renumbering parents. */
function keepReal(list: readonly RawQuote[], stack: readonly Open[]): RawQuote[] {
  const outer = stack.find((o) => o.family === 'double');
  const keep = list.map((q, i) => q.close !== null || i === outer?.index);
  const newIndex: number[] = [];
  const out: RawQuote[] = [];
  list.forEach((q, i) => {
    if (!keep[i]) return;
    newIndex[i] = out.length;
    let p = q.parent;
    while (p >= 0 && !keep[p]) p = list[p].parent;
    out.push({ ...q, parent: p >= 0 ? newIndex[p] : -1 });
  });
  return out;
}
