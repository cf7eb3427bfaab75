import type { Claim } from '../core/model';
import type { ReviewStatus } from '../core/annotations/model';
import type { ClaimGroup } from './claimGroups';
import { openingWords } from './claimGroups';

const REVIEW_BADGES: Readonly<Record<ReviewStatus, string>> = { confirmed: '✓', rejected: '✗', edited: '✎', added: '＋', noted: '※' };
const REVIEW_WORDS: Readonly<Record<ReviewStatus, string>> = {
  confirmed: 'confirmed', rejected: 'rejected', edited: 'edited', added: 'added by hand', noted: 'noted, not reviewed',
};

/** Past this many characters a group label is cut, so its count (the description) stays in view at the default sidebar width. */
const GROUP_LABEL_MAX = 28;

export interface RowText {
  readonly label: string;
  readonly description: string;
  readonly tooltip?: string;
  readonly accessibility: string;
}

/**
 * A claim's row: the review badge leads the label, where a narrow sidebar
 * never cuts it off, and the screen-reader label says the status and speaker.
 * A confirmed claim → `{ label: '✓ Prices rose 2.9% in…', description: 'statistic',
 * accessibility: 'statistic claim by Ana Berg, confirmed: Prices rose 2.9% in May.' }`
 */
export function claimRow(claim: Claim): RowText {
  const status = claim.review?.status;
  const by = claim.speaker ? ` by ${claim.speaker.name}` : claim.attribution === 'narrative' ? ' by the article' : ', speaker unknown';
  return {
    label: status ? `${REVIEW_BADGES[status]} ${openingWords(claim.text)}` : openingWords(claim.text),
    description: claim.type,
    accessibility: `${claim.type} claim${by}, ${status ? REVIEW_WORDS[status] : 'not reviewed'}: ${claim.text}`,
  };
}

/**
 * A group's row: its count as the description after a label short enough to
 * leave it visible (a long headline is cut, whole in the tooltip).
 * `{ label: 'Central bank holds rates at 4.25% as inflation cools', 9 claims }` →
 * `{ label: 'Central bank holds rates at…', description: '9' }`
 */
export function groupRow(group: ClaimGroup): RowText {
  const count = group.claims.length;
  const long = group.label.length > GROUP_LABEL_MAX;
  const label = long ? `${group.label.slice(0, GROUP_LABEL_MAX - 1).trimEnd()}…` : group.label;
  const claims = `${count} claim${count === 1 ? '' : 's'}`;
  return { label, description: `${count}`, tooltip: long ? `${group.label} (${claims})` : undefined, accessibility: `${group.label}: ${claims}` };
}
