import type { Analysis, Claim } from '../model';

/** The items not rejected: the same array when none is, so a review in a long report copies no list. */
function kept<T extends { review?: { status: string } }>(items: readonly T[]): readonly T[] {
  const first = items.findIndex((i) => i.review?.status === 'rejected');
  return first < 0 ? items : items.filter((i) => i.review?.status !== 'rejected');
}

/** The text of each rejected figure and date, by id: found once, not once per claim (a long report has thousands). */
const rejectedTexts = (a: Pick<Analysis, 'figures' | 'dates'>): ReadonlyMap<string, string> =>
  new Map([...a.figures, ...a.dates].filter((x) => x.review?.status === 'rejected').map((x) => [x.id, x.text]));

function evidenceWithout(rejected: ReadonlyMap<string, string>, c: Claim): readonly string[] {
  if (!rejected.size) return c.typeEvidence;
  const words = new Set([...c.figureIds, ...c.dateIds].flatMap((id) => (rejected.has(id) ? [rejected.get(id)!] : [])));
  return words.size ? c.typeEvidence.filter((w) => !words.has(w)) : c.typeEvidence;
}

/** A claim's type evidence without the words of its rejected figures and dates. */
export function withoutRejected(a: Pick<Analysis, 'figures' | 'dates'>, c: Claim): readonly string[] {
  return evidenceWithout(rejectedTexts(a), c);
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
  // Nothing the claims point at was dropped: a long report's thousands of claims stay as they are.
  const whole = quotes.length === a.quotes.length && figures.length === a.figures.length && dates.length === a.dates.length;
  const f = new Set(whole ? [] : figures.map((x) => x.id));
  const d = new Set(whole ? [] : dates.map((x) => x.id));
  const rejected = whole ? new Map<string, string>() : rejectedTexts(a);
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
    claims: whole ? kept(a.claims) : kept(a.claims).map((c) => ({
      ...c,
      // A rejected figure or date is no evidence for the claim's type either.
      typeEvidence: evidenceWithout(rejected, c),
      quoteIds: c.quoteIds.filter((id) => q.has(id)),
      figureIds: c.figureIds.filter((id) => f.has(id)),
      dateIds: c.dateIds.filter((id) => d.has(id)),
    })),
    labels: a.labels && kept(a.labels),
  };
}
