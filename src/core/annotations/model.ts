import type { ClaimType } from '../model';

/**
 * The sidecar `<article>.annotations.json`: what a person decided about an
 * article, kept apart from the article itself. Selectors follow the W3C Web
 * Annotation model, but offsets are UTF-16 code units like everywhere else in
 * Policy Lens (the W3C export converts them to code points).
 */
export const SIDECAR_FORMAT = 'policy-lens-annotations';
export const SIDECAR_VERSION = 1;

export const TARGET_KINDS = ['quote', 'claim', 'figure', 'date', 'label'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * `noted`: the item carries only a note or tags, which are no verdict on it,
 * so it stays unreviewed. Added after version 1 shipped; a reader without it
 * sees such a sidecar as not valid and leaves it untouched (read-only).
 */
export const REVIEW_STATUSES = ['confirmed', 'rejected', 'edited', 'added', 'noted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** True for a decision about the item (confirmed, rejected, edited, added); false for a note or tags alone. */
export const isDecision = (status: ReviewStatus): boolean => status !== 'noted';

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  /** Up to CONTEXT_LENGTH code units before the span. */
  readonly prefix: string;
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** What the person set; absent fields leave the extraction as it is. */
export interface AnnotationFields {
  /** A speaker name: an entity's canonical name or free text. */
  readonly speaker?: string;
  readonly claimType?: ClaimType;
  /** A figure's number or a date's TIMEX3 value, as typed. */
  readonly value?: string;
  /** The custom label of a `label` annotation, from `policyLens.labels`. */
  readonly label?: string;
  readonly note?: string;
  readonly tags?: readonly string[];
}

export interface Annotation {
  readonly id: string;
  readonly kind: TargetKind;
  /** The extracted item it reviews (`q3`), or null for an added annotation. */
  readonly itemId: string | null;
  readonly status: ReviewStatus;
  readonly fields: AnnotationFields;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  /** ISO 8601 times. */
  readonly created: string;
  readonly modified: string;
  readonly author: string;
  /**
   * Set in the sidecar on a review whose words were typed over in the editor:
   * placed again only on its exact words in their old context, or proofread
   * at its place (findQuote's `inContext`), also once the article is opened
   * again. Without it, a copy of the old words elsewhere (another fact) would
   * take the review on reopening, though it did not while the article was open.
   */
  readonly detached?: boolean;
}

export interface Sidecar {
  readonly format: typeof SIDECAR_FORMAT;
  readonly version: typeof SIDECAR_VERSION;
  /** The article's file name, for people reading the sidecar on its own. */
  readonly article: string;
  readonly annotations: readonly Annotation[];
}

/** The user's decision as every item of a merged analysis carries it. */
export interface Review {
  readonly status: ReviewStatus;
  readonly by: string;
  readonly at: string;
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly annotationId: string;
}
