import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { mapped } from './unchangedOr';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A year past 9999, which TIMEX3 cannot write in four digits: `11024`, `10000-01-01`. Read by character codes:
 * most values fail at their fifth character. Years before year 1 keep the engine's written form (`-234-08-10`).
 */
const pastLastYear = (value: string): boolean =>
  isDigit(value.charCodeAt(4)) && isDigit(value.charCodeAt(0)) && isDigit(value.charCodeAt(1)) && isDigit(value.charCodeAt(2)) && isDigit(value.charCodeAt(3));

/**
 * A date whose year lies past 9999, as far counts or a late reference date give it ("9,000 years from now",
 * "the following day" after Dec. 31, 9999), is only the future: `FUTURE_REF`; a range with such an end is left out,
 * its mention kept.
 */
export function boundYears(candidates: readonly DateCandidate[]): readonly DateCandidate[] {
  return mapped(candidates, (c) => {
    if (c.type === 'DURATION') return c;
    const far = pastLastYear(c.value);
    const range = c.range && (pastLastYear(c.range.from) || pastLastYear(c.range.to)) ? undefined : c.range;
    if (!far && range === c.range) return c;
    const out = revalued(c, far ? 'FUTURE_REF' : c.value);
    // revalued keeps the range that an undefined argument leaves out
    return range === c.range ? out : { ...out, range: undefined };
  });
}
