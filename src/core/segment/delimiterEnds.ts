import { isDigitCode } from '../charCodes';

/** natural's number pattern: a stop inside one of its matches is hidden from the delimiter pattern. */
const NUMBER = /\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;
/** Stops, and the characters of natural's placeholders and URI cues; the regex skips the rest faster than a loop. */
const NOTABLE = /[.?!…{}@:]/g;

const isStop = (c: number) => c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026;
/** What natural's delimiter pattern takes after its stop: ["'”’)}\]]. */
const isClosing = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x7d || c === 0x5d;
/** Characters a number match is made of; any other character ends every match. */
const isNumberCode = (c: number) => isDigitCode(c) || c === 0x2c || c === 0x2e;
const isW = (c: number) => (c | 32) === 0x77;

/** What a notable character means for the split: a stop, nothing (a hidden stop, a lone colon), or natural's own work. */
const STOP = 0;
const SKIP = 1;
const GIVE_UP = 2;

/**
 * True when the number pattern, run over the piece from its start, hides the
 * full stop at `dot`. A match never crosses a character outside [0-9,.],
 * so the search may start just after the last such character before the stop.
 */
function hiddenInNumber(piece: string, dot: number): boolean {
  let from = dot - 1;
  while (from > 0 && isNumberCode(piece.charCodeAt(from - 1))) from--;
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(piece); m && m.index < dot; m = NUMBER.exec(piece)) {
    if (m.index + m[0].length > dot) return true;
  }
  return false;
}

/** A full stop hidden in a number is skipped; one ending "www." (a URI cue) gives up. */
function dotKind(piece: string, i: number): number {
  if (i >= 3 && isW(piece.charCodeAt(i - 1)) && isW(piece.charCodeAt(i - 2)) && isW(piece.charCodeAt(i - 3))) return GIVE_UP;
  const between = i > 0 && i + 1 < piece.length && isDigitCode(piece.charCodeAt(i - 1)) && isDigitCode(piece.charCodeAt(i + 1));
  return between && hiddenInNumber(piece, i) ? SKIP : STOP;
}

/** The kind of a character NOTABLE found. */
function notableKind(piece: string, i: number): number {
  const c = piece.charCodeAt(i);
  if (c === 0x2e) return dotKind(piece, i);
  if (isStop(c)) return STOP;
  const uri = c === 0x3a && i + 2 < piece.length && piece.charCodeAt(i + 1) === 0x2f && piece.charCodeAt(i + 2) === 0x2f;
  return c === 0x3a && !uri ? SKIP : GIVE_UP;
}

/**
 * Where natural's tokenizer splits text[from, to), as natural sees that piece:
 * the end of each match of its delimiter pattern /([.?!… ]*)([.?!…])(["'”’)}\]]?)/g,
 * skipping the stops of numbers ("3.5") that it first hides behind placeholders.
 * A match runs over stops and spaces to the run's last stop, and takes one closing mark after it.
 * Appends the ends to `out` and returns true; returns false, appending nothing
 * and leaving the split to natural itself, when the piece holds a brace (its
 * placeholder syntax) or a URI cue ("@", "://", "www."), which it also hides.
 * `("It cost 3.5. Fine!", 0, 18)` → [12, 18].
 */
export function delimiterEnds(text: string, from: number, to: number, out: number[]): boolean {
  const first = out.length;
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = piece.length;
  const re = NOTABLE;
  re.lastIndex = 0;
  while (re.test(piece)) {
    const i = re.lastIndex - 1;
    const kind = notableKind(piece, i);
    if (kind === GIVE_UP) return giveUp(out, first);
    if (kind === SKIP) continue;
    let lastStop = i;
    let j = i + 1;
    for (; j < n; j++) {
      const d = piece.charCodeAt(j);
      if (d === 0x20) continue;
      if (!isStop(d)) break;
      if (d === 0x2e) {
        const k = dotKind(piece, j);
        if (k === GIVE_UP) return giveUp(out, first);
        if (k === SKIP) break;
      }
      lastStop = j;
    }
    out.push(from + (lastStop === j - 1 && j < n && isClosing(piece.charCodeAt(j)) ? j + 1 : lastStop + 1));
    // The character that ended the run is read again: it may be a brace or a URI cue.
    re.lastIndex = j;
  }
  return true;
}

function giveUp(out: number[], first: number): false {
  out.length = first;
  return false;
}
