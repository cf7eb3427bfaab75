import { CHANGE_VERBS } from '../../lexicon/qualifiers';
import type { Amount } from './amount';
import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

/**
 * How many times the change a level must be to be read as the level it reaches:
 * the two ends of one uncertain change stay of a size ("by 5% to 15%").
 */
const LEVEL_OVER_CHANGE = 4;

/** Particles between a verb of change and the change: "edged up 0.1% to 4.2%". */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'back', 'higher', 'lower']);

/** True when "by" or a verb of change stands right before token start: "rises by", "rose", "edged up". */
export function followsChange(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (before?.type !== 'word') return false;
  if (before.lower === 'by') return true;
  const verb = PARTICLES.has(before.lower) ? tokens[start - 2] : before;
  return verb?.type === 'word' && CHANGE_VERBS.has(verb.lower);
}

/**
 * True when Y's scale word cannot be X's too: "40,000 to 1.2 million" is no
 * range of millions, as "10 to 15 million" is, so X stands complete.
 */
function ownsScale(change: Amount, level: Amount): boolean {
  return change.scale === 1 && level.scale > 1 && change.value * level.scale > level.value;
}

/**
 * True when "by X to Y", or "rose X to Y", at the figure starting at token
 * `start` is a change and the level it reaches, two figures, rather than a
 * range: X is written in full (its own unit or scale word, or a size Y's
 * scale word cannot carry) and Y is far larger. "rises by £4.6 billion to
 * £68.1 billion", "the index rose 52 points to 7,412", "jobs fell 40,000 to
 * 1.2 million" → true; "cut by 5% to 10%", "by 10 to 15 percent", "fell 10
 * to 15 million" → false.
 */
export function isChangeThenLevel(tokens: readonly Token[], start: number, change: Amount, unit: UnitMatch | null, level: Amount): boolean {
  if ((!unit && change.scale === 1 && !ownsScale(change, level)) || !followsChange(tokens, start)) return false;
  return change.value > 0 && level.value >= LEVEL_OVER_CHANGE * change.value;
}
