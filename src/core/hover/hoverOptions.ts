/** What the caller may add to a hover; the core knows no editor, so commands come in as ids. */
export interface HoverOptions {
  /** Overrides how the reference date is named, e.g. "the dateline 2023-02-13". */
  readonly referenceLabel?: string;
  /** Command links to add; left out when absent (CLI, plain tests). Each link gets `[uri, id]` as arguments. */
  readonly links?: {
    readonly uri: string;
    readonly copyCommand: string;
    readonly revealCommand: string;
  };
}

export type HoverKind = 'quote' | 'claim' | 'figure' | 'date';

export interface HoverResult {
  readonly markdown: string;
  readonly range: { readonly start: number; readonly end: number };
  readonly kind: HoverKind;
  readonly id: string;
}
