import type { Figure } from '../model';

const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** 1500000000 → "1.5 billion"; 12500 → "12,500"; large round numbers read better with a scale word. */
function numberInWords(n: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) return `${PLAIN.format(n / size)} ${word}`;
  }
  return PLAIN.format(n);
}

function withUnit(n: number, figure: Figure): string {
  if (figure.kind === 'percent' || figure.unit === '%') return `${PLAIN.format(n)}%`;
  if (figure.kind === 'multiplier') return `×${PLAIN.format(n)}`;
  if (figure.kind === 'ordinal') return `number ${PLAIN.format(n)} in order`;
  return figure.unit ? `${numberInWords(n)} ${figure.unit}` : numberInWords(n);
}

/**
 * The normalized value of a figure in words, for hovers:
 * { kind: 'money', value: 1.5e9, unit: 'EUR', qualifier: 'about' } → "about 1.5 billion EUR";
 * { kind: 'multiplier', value: null } → "no number given";
 * { kind: 'quantity', value: null, unit: 'people', qualifier: 'thousands' } → "thousands, no number given (unit: people)".
 */
export function figureInWords(figure: Figure): string {
  const qualifier = figure.qualifier ? `${figure.qualifier} ` : figure.approximate ? 'approximately ' : '';
  if (figure.range) return `${qualifier}from ${withUnit(figure.range.from, figure)} to ${withUnit(figure.range.to, figure)}`;
  if (figure.value === null || !Number.isFinite(figure.value)) {
    // "tens of thousands of people": the magnitude is all the text gives, so it leads.
    const magnitude = figure.qualifier ? `${figure.qualifier}, ` : '';
    return figure.unit ? `${magnitude}no number given (unit: ${figure.unit})` : `${magnitude}no number given`;
  }
  return `${qualifier}${withUnit(figure.value, figure)}`;
}
