import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

/** Heights of video frames, written as "720p", not pence. */
const FRAME_HEIGHTS: ReadonlySet<string> = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/** Words that make a glued "p" after a small whole number a chat's clock time: "back at 7p". */
const CLOCK_BEFORE: ReadonlySet<string> = new Set(['at', 'until', 'till', 'til']);
/** Words that open the rate a price is counted per: "at 9p per kWh", "at 5p a litre". */
const RATE_OPENERS: ReadonlySet<string> = new Set(['per', 'a', 'an', '/']);

const PENCE: UnitMatch = { kind: 'money', unit: 'GBX', end: 0, category: 'money', scale: 1 };

/**
 * The pence of a lower-case "p" glued to the digits before token j, as
 * British news prices fuel, energy and shares: "12.5p per kWh", "rose 5p".
 * Not the "p" of "8p.m.", a video format ("1080p") or a code ("3p2"), nor a
 * clock's hour after "at" ("back at 7p") unless a rate follows ("at 9p per kWh").
 */
export function readGluedPence(tokens: readonly Token[], j: number): UnitMatch | null {
  const p = tokens[j];
  const digits = tokens[j - 1];
  if (p.text !== 'p' || !p.glued || digits?.type !== 'num' || FRAME_HEIGHTS.has(digits.text)) return null;
  const next = tokens[j + 1];
  if (next?.glued && (next.type !== 'sym' || (next.text === '.' && tokens[j + 2]?.lower === 'm' && tokens[j + 2].glued))) return null;
  if (isClockHour(tokens, j - 1) && !RATE_OPENERS.has(next?.lower ?? '')) return null;
  return { ...PENCE, end: j + 1 };
}

/** True when the digits at token k are a whole hour of a twelve-hour clock after "at": "at 9". */
function isClockHour(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!CLOCK_BEFORE.has(tokens[k - 1]?.lower ?? '') || t.end - t.start > 2) return false;
  const hour = Number(t.text);
  return Number.isInteger(hour) && hour >= 1 && hour <= 12;
}
