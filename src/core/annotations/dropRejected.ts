import type { Analysis } from '../model';

const kept = <T extends { review?: { status: string } }>(items: readonly T[]) => items.filter((i) => i.review?.status !== 'rejected');

/**
 * The analysis without the items a person rejected, with every reference to
 * them removed, so claims never point at a hidden quote, figure or date.
 * dropRejected(claim c1 → figureIds ['f1', 'f2'], f2 rejected) → c1 → figureIds ['f1']
 */
export function dropRejected(a: Analysis): Analysis {
  const quotes = kept(a.quotes);
  const figures = kept(a.figures);
  const dates = kept(a.dates);
  const q = new Set(quotes.map((x) => x.id));
  const f = new Set(figures.map((x) => x.id));
  const d = new Set(dates.map((x) => x.id));
  return {
    ...a,
    quotes: quotes.map((x) => {
      if (!x.parentId && !x.nestedIds) return x;
      const { parentId, nestedIds, ...rest } = x;
      return {
        ...rest,
        ...(parentId && q.has(parentId) ? { parentId } : {}),
        ...(nestedIds ? { nestedIds: nestedIds.filter((id) => q.has(id)) } : {}),
      };
    }),
    figures,
    dates,
    claims: kept(a.claims).map((c) => ({
      ...c,
      quoteIds: c.quoteIds.filter((id) => q.has(id)),
      figureIds: c.figureIds.filter((id) => f.has(id)),
      dateIds: c.dateIds.filter((id) => d.has(id)),
    })),
    labels: a.labels && kept(a.labels),
  };
}
