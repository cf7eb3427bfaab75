import type { Annotation } from './model';
import { findQuote } from './findQuote';
import type { AnchorMethod } from './findQuote';
import { selectorsFor } from './selectors';

export interface AnchoredAnnotation {
  /** The annotation with its selectors rewritten for the current text. */
  readonly annotation: Annotation;
  readonly method: AnchorMethod;
  /** True when any selector changed: the sidecar needs writing to match the text. */
  readonly moved: boolean;
}

export interface Anchoring {
  readonly anchored: readonly AnchoredAnnotation[];
  /** Annotations that could not be placed: kept unchanged, never dropped. */
  readonly orphans: readonly Annotation[];
}

/**
 * Places every annotation in the (possibly changed) text. Each one ends up
 * either anchored, with `text.slice(start, end) === quote.exact`, or an orphan.
 * Those `retyped` in the editor, or stored `detached` after it, come back only as their exact words in
 * context, or proofread in place; placed again, they are detached no more.
 * anchorAnnotations('Hi. New: a b', [exact 'a b' at 4..7]) → anchored at 9..12, moved
 */
export function anchorAnnotations(text: string, annotations: readonly Annotation[], retyped: ReadonlySet<string> = new Set()): Anchoring {
  const anchored: AnchoredAnnotation[] = [];
  const orphans: Annotation[] = [];
  for (const a of annotations) {
    const found = retyped.has(a.id) || a.detached ? findQuote(text, a.quote, a.position, false, true) : findQuote(text, a.quote, a.position);
    if (!found) {
      orphans.push(a);
      continue;
    }
    const { quote, position } = selectorsFor(text, found.start, found.end);
    const old = a.quote;
    const moved =
      position.start !== a.position.start || position.end !== a.position.end ||
      quote.exact !== old.exact || quote.prefix !== old.prefix || quote.suffix !== old.suffix;
    const { detached, ...rest } = a;
    anchored.push({ annotation: { ...rest, quote, position }, method: found.method, moved: moved || !!detached });
  }
  return { anchored, orphans };
}
