import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { outlineNodes, type OutlineNode } from './outlineNodes';
import { toRange } from './ranges';
import { ARTICLE_LANGUAGE } from './languageMode';
import { timed } from './output';

const KINDS = { headline: vscode.SymbolKind.File, paragraph: vscode.SymbolKind.String, quote: vscode.SymbolKind.Event } as const;

function toSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, KINDS[node.kind], toRange(document, node.range), toRange(document, node.selection));
  symbol.children = node.children.map((child) => toSymbol(document, child));
  return symbol;
}

/** The Outline view and breadcrumbs of an article: headline, paragraphs, quotes by speaker. */
export function registerOutline(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: ARTICLE_LANGUAGE },
    {
      async provideDocumentSymbols(document) {
        const analysis = await store.get(document);
        return timed(store.log, 'Building the outline', () => outlineNodes(analysis).map((node) => toSymbol(document, node)));
      },
    },
    { label: 'Policy Lens' },
  );
}
