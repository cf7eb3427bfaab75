import type { Analysis, Claim } from '../model';

const kept = <T extends { review?: { status: string } }>(items: readonly T[]) => items.filter((i) => i.review?.status !== 'rejected');

/** A claim's type evidence without the words of its rejected figures and dates. */
export function withoutRejected(a: Pick<Analysis, 'figures' | 'dates'>, c: Claim): readonly string[] {
  const rejected = new Set([
    ...a.figures.filter((x) => c.figureIds.includes(x.id) && x.review?.status === 'rejected').map((x) => x.text),
    ...a.dates.filter((x) => c.dateIds.includes(x.id) && x.review?.status === 'rejected').map((x) => x.text),
  ]);
  return rejected.size ? c.typeEvidence.filter((w) => !rejected.has(w)) : c.typeEvidence;
}

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
      // A rejected figure or date is no evidence for the claim's type either.
      typeEvidence: withoutRejected(a, c),
      quoteIds: c.quoteIds.filter((id) => q.has(id)),
      figureIds: c.figureIds.filter((id) => f.has(id)),
      dateIds: c.dateIds.filter((id) => d.has(id)),
    })),
    labels: a.labels && kept(a.labels),
  };
}
