import { isDigitCode } from '../charCodes';
import { closersAfter, isQuoteEndStop, looksClosing, looksOpening, shapedRole } from './doubleMarkRole';
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
  /** Opened by a double mark. */
  readonly double: boolean;
  /** Opened in the block before, whose writer forgot to reopen it here: `open` is the block's start, with no mark. */
  readonly carried?: boolean;
}

type Mutable = { -readonly [K in keyof RawQuote]: RawQuote[K] };

interface Open {
  readonly at: number;
  readonly family: 'double' | 'single';
  straight: boolean;
  readonly index: number;
  /** A mistyped opener, dropped when nothing closes it. */
  readonly weak: boolean;
}

function innermostDouble(stack: readonly Open[]): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === 'double') return stack[i];
  return undefined;
}

function open(out: Mutable[], stack: Open[], m: MarkToken, weak = false): void {
  const top = stack.length ? stack[stack.length - 1] : undefined;
  // A doubled opener (`"“`, `““`) is one mark typed twice, not a quote opening a quote.
  if (top && top.family === 'double' && m.family === 'double' && top.index === out.length - 1) {
    const q = out[top.index];
    if (q.open + q.openLength === m.at) {
      q.openLength += m.length;
      top.straight &&= m.role === 'either';
      return;
    }
  }
  out.push({ open: m.at, openLength: m.length, close: null, closeLength: 0, parent: top ? top.index : -1, double: m.family === 'double' });
  stack.push({ at: m.at, family: m.family, straight: m.role === 'either', index: out.length - 1, weak });
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
 * Pairs a block's marks into quotes with a stack: curly marks by their shape
 * unless their neighbours show it mistyped, straight ones by the state.
 * Unclosed single marks are apostrophes and vanish; the outermost unclosed
 * double mark runs to the block's end, unless it was a mistyped opener, and
 * so does the outermost single one when the next paragraph reopens with a
 * single mark (`reopensSingle`), as UK speech over paragraphs is printed.
 * `“A ‘b’ c” d "e` → [“A ‘b’ c”], [‘b’ in it], ["e to the end].
 */
export function pairQuotes(text: string, marks: readonly MarkToken[], start: number, end: number, strays?: number[], reopensSingle = false, carried = false): RawQuote[] {
  const out: Mutable[] = [];
  const stack: Open[] = [];
  // `carried`: the block before left a double quote open, and this block's first double mark only closes.
  if (carried) {
    out.push({ open: start, openLength: 0, close: null, closeLength: 0, parent: -1, double: true, carried: true });
    stack.push({ at: start, family: 'double', straight: false, index: 0, weak: true });
  }
  // straight double marks in the block, counted when first needed: an odd count shows one unpaired
  let straightCount = -1;
  const oddStraight = () => (straightCount < 0 ? (straightCount = countStraight(marks)) : straightCount) % 2 === 1;
  // counted when a mark first needs it: most blocks never do
  let closers: Int32Array | null = null;
  const closersAfterMark = (k: number) => (closers ??= closersAfter(marks))[k];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (m.family === 'single') {
      if (m.role === 'open') open(out, stack, m);
      else if (stack.length && stack[stack.length - 1].family === 'single' && !pluralPossessive(text, marks, k, end)) close(out[stack.pop()!.index], m);
      continue;
    }
    const doubleOpen = innermostDouble(stack);
    const prev = m.at > start ? text.charCodeAt(m.at - 1) : -1;
    const next = m.at + m.length < end ? text.charCodeAt(m.at + m.length) : -1;
    if (m.role !== 'either') {
      const action = shapedRole(m, prev, next, doubleOpen !== undefined);
      if (action === 'close') {
        // `“We said "no,” he said`: a straight mark opened inside a curly quote that nothing later closes was stray.
        if (m.role === 'close' && doubleOpen?.straight && outerCurly(stack, doubleOpen) && closersAfterMark(k) === 0) stack.splice(stack.indexOf(doubleOpen));
        closeDouble(out, stack, m);
      } else if (action !== 'skip') open(out, stack, m, action === 'weak');
      continue;
    }
    if (doubleOpen) {
      // `“A 12" pipe," he said`: after a digit, a mark that leaves an odd count of closers after it is an inch mark.
      if (isDigitCode(prev) && closersAfterMark(k) % 2 === 1) continue;
      // `"The tram is coming, Ostrow said. "It will be late," she added`: a mark that only opens, the next one only
      // closing, in a block with one straight mark too many, shows the quote left open was never closed: its mark
      // was stray, and this one opens.
      if (doubleOpen.straight && onlyOpening(prev, next) && oddStraight() && nextOnlyCloses(text, marks, k, start, end)) {
        stack.splice(stack.indexOf(doubleOpen));
        strays?.push(doubleOpen.at);
        open(out, stack, m);
        continue;
      }
      // `“Yes,"he said`: a straight mark after a quote's own comma or full stop closes it, even with no space after.
      if (!doubleOpen.straight && looksOpening(prev, next) && !looksClosing(prev, next) && !isQuoteEndStop(prev)) open(out, stack, m);
      else closeDouble(out, stack, m);
    } else if (!isDigitCode(prev) && !(looksClosing(prev, next) && !looksOpening(prev, next))) open(out, stack, m);
  }
  return keepReal(out, stack, start, reopensSingle);
}

const onlyOpening = (prev: number, next: number) => looksOpening(prev, next) && !looksClosing(prev, next);

function countStraight(marks: readonly MarkToken[]): number {
  let n = 0;
  for (const m of marks) if (m.family === 'double' && m.role === 'either') n++;
  return n;
}

/** Whether the next double mark after marks[k] reads only as a closer: `late,"` after `"It will be`. */
function nextOnlyCloses(text: string, marks: readonly MarkToken[], k: number, start: number, end: number): boolean {
  let j = k + 1;
  while (j < marks.length && marks[j].family !== 'double') j++;
  if (j === marks.length) return false;
  const m = marks[j];
  const prev = m.at > start ? text.charCodeAt(m.at - 1) : -1;
  const next = m.at + m.length < end ? text.charCodeAt(m.at + m.length) : -1;
  return looksClosing(prev, next) && !looksOpening(prev, next);
}

/** Whether a curly-opened double quote holds the straight-opened one `inner` on the stack. */
function outerCurly(stack: readonly Open[], inner: Open): boolean {
  for (let i = stack.indexOf(inner) - 1; i >= 0; i--) if (stack[i].family === 'double') return !stack[i].straight;
  return false;
}

/**
 * Whether the single closer marks[k] is a plural possessive inside the open
 * single quote: `'the nurses' union down,'` — after an s, before a lower-case
 * word, with a single closer still to come and no opener before it. Before a
 * comma (`'It was the Smiths', not ours,'`) the closer to come must end speech,
 * after a stop or a comma, as a noun's possessive (`the boys' plan`) does not.
 */
function pluralPossessive(text: string, marks: readonly MarkToken[], k: number, end: number): boolean {
  const at = marks[k].at;
  if (at + 3 >= end || text.charCodeAt(at - 1) !== 0x73 || !isLowerLetter(text.charCodeAt(at - 2))) return false;
  const comma = text.charCodeAt(at + 1) === 0x2c;
  const gap = comma ? at + 2 : at + 1;
  if (text.charCodeAt(gap) !== 0x20 || !isLowerLetter(text.charCodeAt(gap + 1))) return false;
  for (let j = k + 1; j < marks.length; j++) if (marks[j].family === 'single') return marks[j].role === 'close' && (!comma || isSpeechEnd(text.charCodeAt(marks[j].at - 1)));
  return false;
}

/** , . ! ?: what speech ends on inside its closing mark. */
const isSpeechEnd = (c: number) => c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f;

const isLowerLetter = (c: number) => c >= 0x61 && c <= 0x7a;

/** Drops unclosed quotes except the outermost double one (or single one, when reopened), renumbering parents. */
function keepReal(list: readonly RawQuote[], stack: readonly Open[], start: number, reopensSingle: boolean): RawQuote[] {
  let outer = -1;
  for (const o of stack) {
    if (o.family !== 'double' || o.weak) continue;
    outer = o.index;
    break;
  }
  // `Kell said: 'We cut waits.` then a paragraph opening `'Next year…'`: the single quote goes on.
  if (outer < 0 && reopensSingle && stack.length && stack[0].family === 'single' && list[stack[0].index].parent < 0) outer = stack[0].index;
  // `Kell said “the plan “has to do with pride” in the end.`: a double quote closed inside one
  // opened mid-line and never closed shows the outer mark stray; a paragraph that opens
  // unclosed goes on in the next one, nested quote or not.
  if (outer >= 0 && list[outer].open > start && list.some((q) => q.parent === outer && q.double && q.close !== null)) outer = -1;
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
