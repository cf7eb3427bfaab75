import * as vscode from 'vscode';
import { hoverForOffset } from '../core/hover/hoverForOffset';
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
        const hover = hoverForOffset(analysis, document.offsetAt(position), {
          links: { uri: document.uri.toString(), copyCommand: COMMANDS.copyAsJson, revealCommand: COMMANDS.revealInClaimsView },
        });
        if (!hover) return undefined;
        const markdown = new vscode.MarkdownString(hover.markdown);
        markdown.isTrusted = { enabledCommands: ENABLED };
        return new vscode.Hover(markdown, toRange(document, hover.range));
      },
    },
  );
}
