import type { TextPositionSelector, TextQuoteSelector } from './model';

/** How much context a TextQuoteSelector keeps on each side, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

export interface Selectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/**
 * Both selectors for [start, end) in the text, clamped to it.
 * selectorsFor('the quick fox', 4, 9) → exact 'quick', prefix 'the ', suffix ' fox', 4..9
 */
export function selectorsFor(text: string, start: number, end: number): Selectors {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}
