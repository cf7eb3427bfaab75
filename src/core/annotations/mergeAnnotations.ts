import type { Analysis, Warning } from '../model';
import type { Annotation } from './model';
import { anchorAnnotations } from './anchorAnnotations';
import type { AnchoredAnnotation, Tried } from './anchorAnnotations';
import { applyAnnotations } from './applyAnnotations';
import type { ApplyOptions } from './applyAnnotations';
import { claimsAbove } from './claimsAbove';

export interface MergeOptions extends ApplyOptions {
  /**
   * Apply the check-worthiness threshold here rather than in the engine: the
   * analysis then holds every claim (allClaims), and reviewed claims below
   * the threshold stay. Left out, the claims are taken as they are.
   */
  readonly minCheckWorthiness?: number;
  /** Ids of reviews detached in the editor by retyping their words (see anchorAnnotations). */
  readonly retyped?: ReadonlySet<string>;
  /** Orphans of an earlier merge, searched again only where the text changed enough (see anchorAnnotations). */
  readonly tried?: ReadonlyMap<string, Tried>;
}

export interface Merged {
  readonly analysis: Analysis;
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphans: readonly Annotation[];
  /** How each orphan was looked for: `tried` for the next merge. */
  readonly tried: ReadonlyMap<string, Tried>;
  readonly unmatched: readonly Annotation[];
  readonly notes: readonly string[];
}

const warning = (code: string, a: Annotation, what: string): Warning => ({
  code,
  message: `Annotation ${a.id} (${a.kind}, "${a.quote.exact.slice(0, 40)}") ${what}.`,
});

/**
 * Anchors the sidecar's annotations in the analysed text, then merges them:
 * the one call the CLI and the extension make. What cannot be placed or
 * matched is returned and reported as a warning, never dropped silently.
 * mergeAnnotations(analyze(text), sidecar.annotations) → { analysis: reviewed, orphans: [], … }
 */
export function mergeAnnotations(analysis: Analysis, annotations: readonly Annotation[], options: MergeOptions = {}): Merged {
  const { anchored, orphans, tried } = anchorAnnotations(analysis.text, annotations, options.retyped, options.tried);
  const placed = anchored.map((x) => x.annotation);
  const { minCheckWorthiness: min } = options;
  const shown = min === undefined ? analysis : claimsAbove(analysis, min, placed);
  const applied = applyAnnotations(shown, placed, options);
  const warnings = [
    ...applied.analysis.warnings,
    ...orphans.map((a) => warning('orphan-annotation', a, 'no longer matches the text')),
    ...applied.unmatched.map((a) => warning('unmatched-annotation', a, 'reviews an item the engine no longer finds')),
  ];
  return { ...applied, analysis: { ...applied.analysis, warnings }, anchored, orphans, tried };
}
