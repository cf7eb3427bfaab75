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
    const from = analysis.article.headline?.start ?? analysis.article.bodyStart;
    return { ...analysis, figures: findFigures(analysis.text, from) };
  },
};
