import type { Analysis, Claim, ClaimType } from '../core/model';

export type GroupBy = 'speaker' | 'type';

export interface ClaimGroup {
  /** Stable within an article: `speaker:Jens Stoltenberg`, `type:prediction`, `narrative`. */
  readonly key: string;
  readonly label: string;
  readonly kind: 'speaker' | 'narrative' | 'unknown' | ClaimType;
  readonly claims: readonly Claim[];
}

const TYPE_ORDER: readonly ClaimType[] = ['statistic', 'factual', 'prediction', 'recommendation', 'commitment', 'opinion'];

/** The first words of a claim for a tree label: ("We will cut taxes next year.", 4) → "We will cut taxes…". */
export function openingWords(text: string, count = 8): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** True when a claim's text or speaker contains the filter, ignoring case; an empty filter keeps all. */
export function matchesFilter(claim: Claim, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return claim.text.toLowerCase().includes(needle) || (claim.speaker?.name.toLowerCase().includes(needle) ?? false);
}

function speakerGroup(claim: Claim, articleName: string): Pick<ClaimGroup, 'key' | 'label' | 'kind'> {
  if (claim.speaker) return { key: `speaker:${claim.speaker.name}`, label: claim.speaker.name, kind: 'speaker' };
  if (claim.attribution === 'narrative') return { key: 'narrative', label: articleName, kind: 'narrative' };
  return { key: 'unknown', label: 'Unknown speaker', kind: 'unknown' };
}

/**
 * Claims grouped for the tree, in text order within a group. By speaker the
 * groups follow first appearance and the article's own (narrative) claims sit
 * under its name; by type they follow TYPE_ORDER. Empty groups are left out.
 * groupClaims(a, 'type', …) → [{ key: 'type:statistic', label: 'statistic', claims: [c2] }, …].
 */
export function groupClaims(analysis: Analysis, groupBy: GroupBy, articleName: string, filter = ''): ClaimGroup[] {
  const groups = new Map<string, { key: string; label: string; kind: ClaimGroup['kind']; claims: Claim[] }>();
  const claims = analysis.claims.filter((c) => matchesFilter(c, filter));
  if (groupBy === 'type') {
    for (const type of TYPE_ORDER) groups.set(`type:${type}`, { key: `type:${type}`, label: type, kind: type, claims: [] });
  }
  for (const claim of claims) {
    const head = groupBy === 'type' ? { key: `type:${claim.type}`, label: claim.type, kind: claim.type } : speakerGroup(claim, articleName);
    const group = groups.get(head.key) ?? { ...head, claims: [] };
    group.claims.push(claim);
    groups.set(head.key, group);
  }
  return [...groups.values()].filter((g) => g.claims.length > 0);
}
