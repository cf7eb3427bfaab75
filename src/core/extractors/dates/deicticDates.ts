import { DAY_PARTS } from '../../lexicon/temporal';
import { addDays } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { lookup } from './lookup';

const PARTS = alternation(Object.keys(DAY_PARTS));
/** `today`, `yesterday morning`, `this evening`, `last night`, `tonight`, `the day after tomorrow`. */
const DEICTIC = new RegExp(
  `\\b(?:the\\s+day\\s+(after|before)\\s+)?(?:(?:early|late|earlier|later)\\s+)?(?:(today|yesterday|tomorrow|tonight)(?:\\s+(${PARTS}))?|(this|last)\\s+(${PARTS}))\\b`,
  'iy',
);
const DAY_WORDS = wordClass(['today', 'yesterday', 'tomorrow', 'tonight', ...Object.keys(DAY_PARTS)]);
/** At most `the day after` before the anchor. */
const WORDS = leadOf('', 3, undefined, openers(['the', 'early', 'earlier', 'late', 'today', 'yesterday', 'tomorrow', 'tonight', 'this', 'last']));
const SHIFT = lookup({ today: 0, tonight: 0, this: 0, yesterday: -1, last: -1, tomorrow: 1 });
const PART_CODES = lookup(DAY_PARTS);

/**
 * Words that name a day by its distance from the reference date:
 * with reference 2023-02-13, `yesterday` → `2023-02-12`, `this morning` → `2023-02-13TMO`.
 */
export function deicticDates(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(DEICTIC, wordAnchors(ctx, DAY_WORDS), WORDS, ctx.text, ctx.from)) {
    const word = (m[2] ?? m[4]).toLowerCase();
    const part = (m[3] ?? m[5])?.toLowerCase() ?? (word === 'tonight' || (word === 'last' && !m[5]) ? 'night' : null);
    if (word === 'last' && part !== 'night') continue;
    // "the day after tomorrow" is a day past tomorrow, "the day before yesterday" one before yesterday
    const beyond = !m[1] ? 0 : (m[1].charCodeAt(0) | 32) === 97 ? 1 : -1;
    const day = ctx.ref ? addDays(ctx.ref, (SHIFT.get(word) ?? NaN) + beyond).iso : word === 'today' && !part && !beyond ? 'PRESENT_REF' : 'XXXX-XX-XX';
    const value = part ? `${day}T${PART_CODES.get(part) ?? ''}` : day;
    out.push(candidate(m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', value, true, 2));
  }
  return out;
}
