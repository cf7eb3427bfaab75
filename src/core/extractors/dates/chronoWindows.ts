import { MONTHS } from '../../lexicon/temporal';
import { alternation, matchesFrom } from './candidate';

/** What an explicit date or clock time contains: a month name, `14/2`, `13:00`, `10 p.m.`, `noon`. */
const ANCHOR = new RegExp(`\\b(?:${alternation(Object.keys(MONTHS))})\\b|\\d[/:-]\\d|\\d\\s*[ap]\\.?m\\b|\\b(?:noon|midnight)\\b`, 'gi');
/** Characters kept either side of an anchor: enough for "Saturday, February 14-15, 2023 at 10:30 p.m.". */
const REACH = 40;

/**
 * The stretches of text around each anchor, merged and cut at white space, so
 * that chrono reads a fraction of a news text: `[[start, end], …]` in text order.
 */
export function chronoWindows(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matchesFrom(ANCHOR, text, from)) {
    let start = Math.max(from, m.index - REACH);
    while (start > from && !/\s/.test(text[start - 1])) start--;
    let end = Math.min(text.length, m.index + m[0].length + REACH);
    while (end < text.length && !/\s/.test(text[end])) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
