import type * as vscode from 'vscode';
import type { Analysis } from '../core/model';

/** Rewrites an analysis before anyone sees it, e.g. to merge hand annotations. */
export type AnalysisTransform = (document: vscode.TextDocument, analysis: Analysis) => Analysis;

/**
 * The rewrites applied to every raw analysis, in the order they were added.
 * A rewrite that throws is skipped for that analysis, so one broken feature
 * never hides the engine's results.
 */
export class TransformChain {
  private readonly transforms: AnalysisTransform[] = [];

  constructor(private readonly onError: (error: unknown, document: vscode.TextDocument) => void) {}

  /** Adds a rewrite; the returned function removes it. */
  add(transform: AnalysisTransform): () => void {
    this.transforms.push(transform);
    return () => {
      const at = this.transforms.indexOf(transform);
      if (at >= 0) this.transforms.splice(at, 1);
    };
  }

  apply(document: vscode.TextDocument, raw: Analysis): Analysis {
    return this.transforms.reduce((analysis, transform) => {
      try {
        return transform(document, analysis);
      } catch (error) {
        this.onError(error, document);
        return analysis;
      }
    }, raw);
  }
}
