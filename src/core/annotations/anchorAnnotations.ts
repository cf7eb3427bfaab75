import type { Annotation } from './model';
import { atOwnPlace, elsewhere } from './findQuote';
import type { AnchorMethod, Found } from './findQuote';
import { selectorsFor } from './selectors';
import { changed, couldAppear, type Change } from './orphanRetry';

export interface AnchoredAnnotation {
  /** The annotation with its selectors rewritten for the current text. */
  readonly annotation: Annotation;
  readonly method: AnchorMethod;
  /** True when any selector changed: the sidecar needs writing to match the text. */
  readonly moved: boolean;
}

/** An annotation that found no place in `text`, looked for as `retyped` said; `searched`: in the whole text, not only at its old place. */
export interface Tried {
  readonly annotation: Annotation;
  readonly text: string;
  readonly retyped: boolean;
  readonly searched: boolean;
}

export interface Anchoring {
  readonly anchored: readonly AnchoredAnnotation[];
  /** Annotations that could not be placed: kept unchanged, never dropped. */
  readonly orphans: readonly Annotation[];
  /** How each orphan was looked for, to pass as `tried` with the next text. */
  readonly tried: ReadonlyMap<string, Tried>;
}

/**
 * Places every annotation in the (possibly changed) text. Each one ends up
 * either anchored, with `text.slice(start, end) === quote.exact`, or an orphan.
 * Those `retyped` in the editor, or stored `detached` after it, come back only as their exact words in
 * context, or proofread in place; placed again, they are detached no more.
 * `tried`: orphans of an earlier text, by id (its `tried`), searched for again only where the text changed enough (couldAppear).
 * anchorAnnotations('Hi. New: a b', [exact 'a b' at 4..7]) → anchored at 9..12, moved
 */
export function anchorAnnotations(text: string, annotations: readonly Annotation[], retyped: ReadonlySet<string> = new Set(), tried: ReadonlyMap<string, Tried> = new Map()): Anchoring {
  const anchored: AnchoredAnnotation[] = [];
  const orphans: Annotation[] = [];
  const next = new Map<string, Tried>();
  const changes = new Map<string, Change>();
  const changeFrom = (old: string) => changes.get(old) ?? changes.set(old, changed(old, text)).get(old)!;
  for (const a of annotations) {
    const inContext = retyped.has(a.id) || !!a.detached;
    const own = atOwnPlace(text, a.quote, a.position, !inContext, inContext);
    let found: Found | null = own ?? null;
    if (own === undefined) {
      const last = tried.get(a.id);
      // Found nowhere in an earlier text, and the change brings no place: the search is skipped.
      const known = last?.annotation === a && last.retyped === inContext && last.searched && !couldAppear(last.text, text, a.quote, changeFrom(last.text));
      if (!known) found = elsewhere(text, a.quote, a.position, !inContext, inContext);
    }
    if (!found) {
      orphans.push(a);
      next.set(a.id, { annotation: a, text, retyped: inContext, searched: own === undefined });
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
  return { anchored, orphans, tried: next };
}
