import * as vscode from 'vscode';
import { SETTINGS } from './ids';

export type HighlightKind = 'quotes' | 'figures' | 'dates' | 'claims';

export interface Settings {
  readonly analysisDelayMs: number;
  readonly highlight: Readonly<Record<HighlightKind, boolean>>;
  readonly diagnostics: {
    readonly quoteWithoutSpeaker: boolean;
    readonly unbalancedQuote: boolean;
    readonly unresolvedDate: boolean;
  };
  /** Documents longer than this (UTF-16 units) are analysed in a worker and decorated near the view only. */
  readonly largeFileThreshold: number;
  readonly articleGlobs: readonly string[];
  /** Claims scoring below this are left out of the tree, highlights and exports. */
  readonly minCheckWorthiness: number;
}

/** The editor features' settings, typed, read in this one place (hand annotation reads its own in annotationSettings.ts). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SETTINGS.section, scope);
  const flag = (key: string) => c.get<boolean>(key, true) !== false;
  return {
    analysisDelayMs: Math.max(0, c.get<number>(SETTINGS.analysisDelayMs, 250)),
    highlight: {
      quotes: flag('highlight.quotes'),
      figures: flag('highlight.figures'),
      dates: flag('highlight.dates'),
      claims: flag('highlight.claims'),
    },
    diagnostics: {
      quoteWithoutSpeaker: flag('diagnostics.quoteWithoutSpeaker'),
      unbalancedQuote: flag('diagnostics.unbalancedQuote'),
      unresolvedDate: flag('diagnostics.unresolvedDate'),
    },
    largeFileThreshold: Math.max(10_000, c.get<number>(SETTINGS.largeFileThreshold, 1_000_000)),
    articleGlobs: c.get<string[]>(SETTINGS.articleGlobs, ['**/*.article.txt']),
    minCheckWorthiness: Math.min(1, Math.max(0, c.get<number>(SETTINGS.minCheckWorthiness, 0.5))),
  };
}

/** True when a configuration change touches any Policy Lens setting. */
export const affectsSettings = (e: vscode.ConfigurationChangeEvent) => e.affectsConfiguration(SETTINGS.section);
