import type { Stage } from '../model';
import { findFigures } from './figures/findFigures';

/**
 * Finds every figure in the headline and body: counts, percentages, money,
 * quantities, durations, ordinals, multipliers and ranges, each with its
 * value and unit. Years and days of months are left to the dates stage.
 * "more than $75 million" → money, 75e6, USD, approximate, qualifier "more than".
 */
export const figures: Stage = {
  name: 'figures',
  run: (analysis) => {
    const { headline, bodyStart } = analysis.article;
    if (!headline) return { ...analysis, figures: findFigures(analysis.text, bodyStart) };
    // A headline ends without a stop: read alone, "fall to a third" is no ordinal of the body's first word.
    const head = findFigures(analysis.text, headline.start, headline.end);
    const body = findFigures(analysis.text, Math.max(bodyStart, headline.end), analysis.text.length, head.length);
    return { ...analysis, figures: head.length === 0 ? body : [...head, ...body] };
  },
};
