import type { ClaimType } from '../core/model';

/**
 * The codicon of each claim type in the Claims view. None may look like a
 * review mark: a check reads as "confirmed by a reviewer", a cross as
 * "rejected", a pencil as "edited" (REVIEW_LOOKALIKES). A commitment is a
 * milestone, like the flag it has in the gutter, not a check.
 */
export const CLAIM_TYPE_ICONS: Readonly<Record<ClaimType, string>> = {
  statistic: 'graph',
  factual: 'note',
  prediction: 'telescope',
  recommendation: 'lightbulb',
  commitment: 'milestone',
  opinion: 'comment',
};

/** Codicons that show a review decision (✓ ✗ ✎), kept for review status alone. */
export const REVIEW_LOOKALIKES: ReadonlySet<string> = new Set([
  'check', 'check-all', 'pass', 'pass-filled', 'verified', 'verified-filled', 'issue-closed', 'workspace-trusted',
  'close', 'error', 'x', 'circle-slash', 'remove', 'edit', 'pencil', 'new-file',
]);
