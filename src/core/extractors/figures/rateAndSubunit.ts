import { RATE_ADVERBS, RATE_NOUNS, RATE_NOUN_TIME_AFTER, SUBUNITS, UNIT_NAMES, UNIT_SYMBOLS } from '../../lexicon/units';
import { UNIT_ADJECTIVES } from '../../lexicon/qualifiers';
import { amountOf, readAmount } from './amount';
import type { Amount } from './amount';
import type { Token } from './tokens';
import { readUnitAfter, unitNameEnd } from './unitAfter';
import type { UnitMatch } from './unitAfter';

/**
 * Where a rate after a unit ends: "$350 per kg", "$15.4/hour", "188 miles
 * an hour", "$1.40 a share", "£3m each year", "£3m annually", and a second rate after it: "80 litres per
 * person per day". The unit stays; the span grows. Else `end`.
 */
export function rateEnd(tokens: readonly Token[], end: number): number {
  const first = oneRateEnd(tokens, end);
  return first === end ? end : oneRateEnd(tokens, first);
}

function oneRateEnd(tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  const noun = tokens[end + 1];
  if (t?.text === '-' && t.glued) return hyphenedRateEnd(tokens, end);
  if (t?.lower === 'per' && noun?.type === 'num') return perBaseEnd(tokens, end) ?? end;
  if (t?.type === 'word' && !t.glued && RATE_ADVERBS.has(t.lower)) return end + 1;
  if (!t || noun?.type !== 'word') return end;
  // "27p per kilowatt hour": a unit's name may take more than one word.
  if (t.lower === 'per') return unitNameEnd(tokens, end + 1);
  // "60,000 scans each year" is the rate "60,000 scans a year" is: the period joins the figure alike.
  if (t.lower === 'each' || t.lower === 'every') return UNIT_NAMES.get(noun.lower)?.category === 'time' && !noun.lower.endsWith('s') ? end + 2 : end;
  // The noun is looked up only after a sign or an article that may open a rate: most units have neither.
  const slash = t.text === '/' && t.glued && noun.glued;
  if (!slash && t.lower !== 'a' && t.lower !== 'an') return end;
  const known = RATE_NOUNS.has(noun.lower) || UNIT_NAMES.has(noun.lower) || UNIT_SYMBOLS.has(noun.text);
  // "up from 3.5 per 100,000 a year earlier": the article opens a time back, not a rate.
  const backInTime = !slash && RATE_NOUN_TIME_AFTER.has(tokens[end + 2]?.lower ?? '');
  return known && !backInTime && (slash || !noun.text.endsWith('s')) ? end + 2 : end;
}

/** "£5bn-a-year", "$12-an-hour": a rate hyphened to the amount, as in a compound adjective; else `end`. */
function hyphenedRateEnd(tokens: readonly Token[], end: number): number {
  const article = tokens[end + 1];
  const dash = tokens[end + 2];
  const noun = tokens[end + 3];
  if (!article?.glued || (article.lower !== 'a' && article.lower !== 'an') || dash?.text !== '-' || !dash.glued || !noun?.glued) return end;
  return RATE_NOUNS.has(noun.lower) ? end + 4 : end;
}

/**
 * Where "per" and the base a rate is counted over end, the base's noun and
 * all: "per 100,000 person-years", "per 1,000 residents", "per 100"; null
 * when no number follows "per". The token at `per` is "per".
 */
function perBaseEnd(tokens: readonly Token[], per: number): number | null {
  const base = readAmount(tokens, per + 1, false);
  if (!base || base === 'invalid' || base.form !== 'cardinal') return null;
  const noun = readUnitAfter(tokens, base.end, base.scale > 1);
  // "per 100,000 last year": a duration led by "last" or "next" is a time, not what the rate counts over.
  const timeAfter = noun?.kind === 'duration' && UNIT_ADJECTIVES.has(tokens[base.end].lower);
  return noun && !timeAfter && (noun.kind === 'quantity' || noun.kind === 'duration') && noun.scale === 1 ? noun.end : base.end;
}

/**
 * A bare number's rate over a base, as its unit: "312 per 100,000
 * person-years" → unit "per 100,000 person-years", a quantity. Null unless
 * "per" and a number follow at `end`.
 */
export function perBaseUnit(tokens: readonly Token[], end: number): UnitMatch | null {
  if (tokens[end]?.lower !== 'per' || tokens[end + 1]?.type !== 'num') return null;
  const stop = perBaseEnd(tokens, end);
  if (stop === null) return null;
  let unit = tokens[end].lower;
  for (let k = end + 1; k < stop; k++) unit += tokens[k].glued ? tokens[k].text : ` ${tokens[k].text}`;
  return { kind: 'quantity', unit, end: stop, category: 'other', scale: 1 };
}

/**
 * A counted noun over a base names both, as the bare rate does: "12.5 deaths
 * per 100,000 people" → unit "deaths per 100,000 people", else 12.5 deaths in all. Null
 * unless the unit is a counted noun and "per" and a number follow it.
 */
export function countOverBase(tokens: readonly Token[], unit: UnitMatch): UnitMatch | null {
  if (unit.category !== 'count' || unit.unit === null) return null;
  const base = perBaseUnit(tokens, unit.end);
  return base && { kind: unit.kind, unit: `${unit.unit} ${base.unit!}`, end: base.end, category: unit.category, scale: unit.scale };
}

/**
 * "5 feet and 2 inches", "6 ft 2 in": the smaller unit joins the larger one's
 * value; hyphenated, it may go unnamed: "5-foot-11" → 5 11/12 foot.
 */
export function withSubunit(tokens: readonly Token[], amount: Amount, unit: UnitMatch): { amount: Amount; end: number } | null {
  const sub = SUBUNITS.get(unit.unit ?? '');
  if (!sub) return null;
  const link = tokens[unit.end];
  const dash = link?.text === '-' && link.glued && tokens[unit.end + 1]?.type === 'num' && tokens[unit.end + 1].glued;
  const k = link?.lower === 'and' || dash ? unit.end + 1 : unit.end;
  const part = readAmount(tokens, k, false);
  if (!part || part === 'invalid' || part.value >= sub[1]) return null;
  const name = tokens[part.end];
  const unitOfPart = name && (UNIT_NAMES.get(name.lower) ?? UNIT_SYMBOLS.get(name.text));
  const implied = dash && !unitOfPart;
  if (unitOfPart?.unit !== sub[0] && !implied) return null;
  const value = amount.value + part.value / sub[1];
  return { amount: amountOf(value, amount.start, amount.end, amount.form, amount.scale, amount.digits), end: implied ? part.end : part.end + 1 };
}
