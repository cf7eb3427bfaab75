import { count } from '../plural';

/**
 * The review status item's tooltip, in words that agree with their numbers.
 * reviewTooltip(3, 1) → '3 items reviewed or added by hand; 1 annotation needs attention. Click to show the Review view.'
 */
export function reviewTooltip(reviewed: number, attention: number): string {
  const needs = attention ? `; ${count(attention, 'annotation')} ${attention === 1 ? 'needs' : 'need'} attention` : '';
  return `${count(reviewed, 'item')} reviewed or added by hand${needs}. Click to show the Review view.`;
}
