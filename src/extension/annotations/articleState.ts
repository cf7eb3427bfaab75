import type * as vscode from 'vscode';
import { anchorAnnotations, type Tried } from '../../core/annotations/anchorAnnotations';
import type { Annotation } from '../../core/annotations/model';
import type { SidecarRead } from './sidecarFile';

/** What the editor knows of one article's annotations. */
export interface ArticleState {
  readonly article: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Every annotation; placed ones have selectors valid in the current document text. */
  annotations: readonly Annotation[];
  /** Annotations that cannot be placed in the current text: listed under "Needs attention". */
  orphanIds: ReadonlySet<string>;
  /** Of the orphans, those whose words were typed over in this editor: placed again only where their exact words come back (undo), or proofread. */
  retyped: ReadonlySet<string>;
  /** Annotations now on proofread words (a typo fixed), each as it was on the words it was made on: the words edits are judged against. */
  following: ReadonlyMap<string, Annotation>;
  /** The orphans of the last merge and the text they were looked for in: searched again only where it changed enough. */
  tried: ReadonlyMap<string, Tried>;
  /** Set when the sidecar is corrupt or newer: nothing is written then. */
  readOnly: { readonly kind: 'corrupt' | 'newer'; readonly message: string } | null;
  /** The sidecar text as last read or written; a watcher event with this text is our own write. */
  known: string | null;
  /** Selectors changed by edits since the sidecar was written; it is rewritten when the article is saved. */
  stale: boolean;
  /** From the last merge: reviews whose item the engine no longer finds, and what the merge re-linked. */
  unmatched: readonly Annotation[];
  notes: readonly string[];
}

/**
 * The state of an article from its sidecar as read: annotations anchored in
 * the current text, orphans kept, a corrupt or newer sidecar made read-only.
 * stateFrom(talks.txt, sidecar, read, text) → { annotations: [...], orphanIds: {'a3'}, readOnly: null, … }
 */
export function stateFrom(article: vscode.Uri, sidecar: vscode.Uri, read: SidecarRead, text: string): ArticleState {
  const base = { article, sidecar, known: read.raw, unmatched: [], notes: [], following: new Map<string, Annotation>() };
  if (read.kind !== 'ok') return { ...base, annotations: [], orphanIds: new Set(), retyped: new Set(), readOnly: { kind: read.kind, message: read.message }, stale: false, tried: new Map<string, Tried>() };
  const { anchored, orphans, tried } = anchorAnnotations(text, read.sidecar.annotations);
  // Stored detached (typed over before the article was closed): `retyped` says so from now on, as it would have.
  const kept = orphans.map(({ detached: _detached, ...o }) => o);
  return {
    ...base,
    annotations: [...anchored.map((x) => x.annotation), ...kept],
    orphanIds: new Set(orphans.map((o) => o.id)),
    retyped: new Set(orphans.filter((o) => o.detached).map((o) => o.id)),
    readOnly: null,
    stale: anchored.some((x) => x.moved),
    // Looked for as their ids in `retyped` say, as the next merge will.
    tried: new Map(kept.map((o) => [o.id, { ...tried.get(o.id)!, annotation: o }])),
  };
}

/** A fresh id, unlike any in the list: `a` + time + random, e.g. "alp3k9x2f". */
export function newIdFor(annotations: readonly Annotation[]): () => string {
  const taken = new Set(annotations.map((a) => a.id));
  return () => {
    let id: string;
    do id = `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}
