import { DAY_PARTS } from '../../lexicon/temporal';
import { addDays } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { lookup } from './lookup';

const PARTS = alternation(['day', ...Object.keys(DAY_PARTS)]);
/**
 * Days and parts of days told from the day the story last named: `that night`,
 * `later that day`, `the same morning`, `the previous night`, `the next day`,
 * `the night before` (but not `the night before the vote`, where the event names the day).
 */
const STORY_DAY = new RegExp(
  `\\b(?:(?:(?:earlier|later)\\s+)?(that|the\\s+same)\\s+(${PARTS})|the\\s+(previous|prior|next|following)\\s+(${PARTS})|the\\s+(${PARTS})\\s+(before|after)(?![ \\t]+(?:the|a|an|his|her|their|its|this|that|last|[A-Z0-9])))\\b(?!-|\\s+(?:of|when|that|in\\s+which|he|she|they|we|I|it|you)\\b)`,
  'iy',
);
const PART_WORDS = wordClass(['day', ...Object.keys(DAY_PARTS)]);
/** At most `later that` or `the following` before the part. */
const WORDS = leadOf('', 2, undefined, openers(['earlier', 'later', 'that', 'the']));
/** Days before the story's day: `the previous night` 1, `that night` 0, `the next day` -1. */
const SHIFT = lookup({ that: 0, same: 0, previous: 1, prior: 1, before: 1, next: -1, following: -1, after: -1 });
const PART_CODES = lookup(DAY_PARTS);
/** `that day` only where a time phrase may stand: after a preposition or an adverb of sequence, or opening a clause. */
const THAT_DAY_LEAD = /(?:\b(?:on|by|until|till|since|from|of|for|during|later|earlier)\s+|[.,;:!?—]\s*|^\s*)$/i;

/**
 * Reference 2023-02-13: `He spoke Friday. That night he left` → `that night`,
 * TIME, from the dateline `2023-02-13TNI` until anchorStoryDays gives it the
 * story's day (`2023-02-10TNI`); `that`, `same`, `next`, `after` and whole
 * days mean nothing without a named day and are dropped there.
 */
export function storyDays(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(STORY_DAY, wordAnchors(ctx, PART_WORDS), WORDS, ctx.text, ctx.from)) {
    const word = (m[1] ?? m[3] ?? m[6]).toLowerCase().split(/\s+/).pop() as string;
    const partWord = (m[2] ?? m[4] ?? m[5]).toLowerCase();
    if (m[1] && partWord === 'day' && !/^(?:earlier|later)/i.test(m[0]) && !THAT_DAY_LEAD.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const part = partWord === 'day' ? '' : (PART_CODES.get(partWord) ?? '');
    const daysBefore = SHIFT.get(word) ?? NaN;
    const day = ctx.ref ? addDays(ctx.ref, -daysBefore).iso : 'XXXX-XX-XX';
    const found = candidate(m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', part ? `${day}T${part}` : day, true, 1);
    // a night before can fall back on the dateline, as "overnight" does; a day told from another needs that day named
    out.push(changed(found, { partOfStoryDay: { part, daysBefore, anyDay: true, namedOnly: daysBefore < 1 || !part } }));
  }
  return out;
}
