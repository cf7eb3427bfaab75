import * as vscode from 'vscode';
import { hoversForOffset } from '../core/hover/hoverForOffset';
import type { AnalysisStore } from './analysisStore';
import { COMMANDS } from './ids';
import { toRange } from './ranges';
import { ARTICLE_LANGUAGE } from './languageMode';

/** Only the commands the hover links to may run from its Markdown. */
const ENABLED = [COMMANDS.copyAsJson, COMMANDS.revealInClaimsView];

/** Glue from the editor's hover to the core's pure hover builder. */
export function registerHover(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: ARTICLE_LANGUAGE },
    {
      async provideHover(document, position, token) {
        const analysis = await store.get(document);
        if (token.isCancellationRequested) return undefined;
        const hovers = hoversForOffset(analysis, document.offsetAt(position), {
          links: { uri: document.uri.toString(), copyCommand: COMMANDS.copyAsJson, revealCommand: COMMANDS.revealInClaimsView },
        });
        if (hovers.length === 0) return undefined;
        const markdowns = hovers.map((h) => {
          const markdown = new vscode.MarkdownString(h.markdown);
          markdown.isTrusted = { enabledCommands: ENABLED };
          return markdown;
        });
        // A claim inside a quote shows both; the innermost range is where both hold.
        return new vscode.Hover(markdowns, toRange(document, hovers[0].range));
      },
    },
  );
}
