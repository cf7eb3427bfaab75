import type { Figure } from '../../model';

/** The word that pairs with each link of a change: "from X to Y", "to X from Y", "between X and Y". */
const PAIRS: ReadonlyMap<string, string> = new Map([['to', 'from'], ['from', 'to'], ['and', 'between']]);

/** The lower-case word of letters ending just before `end`, past spaces: "" when none. */
function wordBefore(text: string, end: number): string {
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
  const stop = k;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  return stop - k > 7 ? '' : text.slice(k, stop).toLowerCase();
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A year dating the first half of the pair, before its link: "in 2019 to", "in 2019, to". */
const YEAR_BEFORE_LINK = /^in (?:19|20)\d\d,? /;

/** An amount written with a scale: "£3m", "$7.4bn", "6.9 billion", "40k". */
const SCALED = /\d\s*(?:m|bn|k|tn|mn)\b|\b(?:thousand|million|billion|trillion)\b/i;

/** The kinds whose unit a bare second amount of the pair takes over. */
const CARRIED = new Set<Figure['kind']>(['money', 'percent', 'quantity']);

/**
 * A bare amount paired with money, a percent or a counted quantity just before it shares that unit, as
 * the writer leaves it out the second time: "to 1.5 billion dollars from 0.4 billion",
 * "from 800 billion kroner to more than 1.3 trillion" → money; "to 5.2% from 4.8" → %;
 * "to 2.4 million passengers from 2.1 million" → passengers. Only across the
 * pair's one link word, maybe after a year ("from 84 pupils in 2019 to 41"), so "from $5 to 900 staff" or
 * "$5 in May to 12" keep their kinds.
 */
export function withElidedUnit(text: string, f: Figure, before: Figure | undefined): Figure {
  if (f.kind !== 'count' || f.unit !== null || f.value === null || before === undefined || before.unit === null) return f;
  if (!CARRIED.has(before.kind)) return f;
  const gap = f.start - before.end;
  if (gap < 4 || gap > 18) return f;
  // "fell to €3 million, from 4 million": a comma may set the second half off; "from 84 pupils in 2019 to 41" dates
  // the first half with a year
  const link = text.slice(before.end, f.start).replace(/^,/, '').trim().toLowerCase().replace(YEAR_BEFORE_LINK, '');
  const opener = PAIRS.get(link);
  if (opener === undefined || wordBefore(text, before.start) !== opener) return f;
  // "from £3m in 2019 to 2.1": the second leaves out the scale too, which its value lacks; better no unit than £2.10
  if (SCALED.test(before.text) && !SCALED.test(f.text)) return f;
  return { ...f, kind: before.kind, unit: before.unit };
}
