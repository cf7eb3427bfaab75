import { count } from '../plural';

/**
 * "1 annotation needs attention", "2 annotations need attention".
 * needsAttention(1) → '1 annotation needs attention'
 */
export const needsAttention = (n: number): string => `${count(n, 'annotation')} ${n === 1 ? 'needs' : 'need'} attention`;

/**
 * The review status item's tooltip, in words that agree with their numbers
 * and say what is counted: rejected items too, though exports hide them.
 * reviewTooltip(3, 1) → '3 items reviewed (confirmed, corrected or rejected) or added by hand; 1 annotation needs attention. Click to show the Review view.'
 */
export function reviewTooltip(reviewed: number, attention: number): string {
  const needs = attention ? `; ${needsAttention(attention)}` : '';
  return `${count(reviewed, 'item')} reviewed (confirmed, corrected or rejected) or added by hand${needs}. Click to show the Review view.`;
}

/**
 * The Review view's description: its article, after the number needing attention.
 * A view badge would be added to the Claims view's in the activity bar (claims
 * plus orphans), so the count is here, first, where a narrow sidebar cuts the path instead.
 * reviewViewDescription('a.txt', 2) → '⚠ 2 · a.txt'; reviewViewDescription('a.txt', 0) → 'a.txt'
 */
export function reviewViewDescription(article: string | undefined, attention: number): string | undefined {
  if (article === undefined) return undefined;
  return attention ? `⚠ ${attention} · ${article}` : article;
}
