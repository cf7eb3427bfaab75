import type { Cue } from './attributionPatterns';
import { isAccordingTo } from './attributionPatterns';
import { cueAfter } from './cueAfter';
import { isVerb } from './verbForms';
import type { Word } from './words';

/**
 * The reporting clause that closes a sentence after its last quote, for a
 * quote earlier in it that no reporting verb names:
 * `Her plan was "too slow" and "too costly", the union said.` → said/the union.
 * Words [from, to] run from the end of the sentence's last quote to its end.
 */
export function tailCue(ws: readonly Word[], from: number, to: number): Cue | null {
  // The clause after the sentence's last comma, `…, the union said.`, or after one of the two before it when
  // an appositive follows the name: `…, said Dana Kell, a demographer at Leeds.`
  let comma = to + 1;
  for (let tries = 0; tries < TAIL_COMMAS; tries++) {
    comma--;
    while (comma >= from && ws[comma].text !== ',') comma--;
    if (comma < from) return null;
    const cue = cueAfter(ws, comma, to, false);
    if (cue) return isVerb(ws[cue.cueFrom]) || isAccordingTo(ws, cue.cueFrom) ? cue : null;
  }
  return null;
}

/** How many of a sentence's last commas may open its closing reporting clause. */
const TAIL_COMMAS = 3;

/** Whether a cue rests on a reporting verb, "according to" or a colon, rather than on any verb of the clause. */
export function isReportingCue(ws: readonly Word[], cue: Cue): boolean {
  const w = ws[cue.cueFrom];
  return w.punct || isVerb(w) || isAccordingTo(ws, cue.cueFrom) || ws[cue.cueTo + 1]?.text === ':' || ws[cue.cueTo + 1]?.text === ',';
}
