import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { AnalysisStore } from './analysisStore';
import { eachOutlineNode, sameOutline, type OutlineNode } from './outlineNodes';
import { toRange } from './ranges';
import { ARTICLE_LANGUAGE } from './languageMode';

const KINDS = { headline: vscode.SymbolKind.File, paragraph: vscode.SymbolKind.String, quote: vscode.SymbolKind.Event } as const;

/** Top-level symbols built per turn of the event loop, so a 5 MB article's outline never stalls the editor. */
const CHUNK = 2000;

function toSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, KINDS[node.kind], toRange(document, node.range), toRange(document, node.selection));
  symbol.children = node.children.map((child) => toSymbol(document, child));
  return symbol;
}

/** The symbols of an analysis, in chunks with a yield between them; undefined when cancelled. */
async function buildSymbols(document: vscode.TextDocument, nodes: Iterable<OutlineNode>, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
  const symbols: vscode.DocumentSymbol[] = [];
  for (const node of nodes) {
    if (symbols.length % CHUNK === CHUNK - 1) {
      await new Promise((resolve) => setImmediate(resolve));
      if (token.isCancellationRequested) return undefined;
    }
    symbols.push(toSymbol(document, node));
  }
  return symbols;
}

/** The symbol provider itself: one outline per analysis, built in chunks. */
function symbolProvider(store: AnalysisStore): vscode.DocumentSymbolProvider {
  // The outline and the breadcrumbs both ask for the same version: build it once per analysis.
  const built = new WeakMap<Analysis, Promise<vscode.DocumentSymbol[] | undefined>>();
  return {
    async provideDocumentSymbols(document, token) {
      const analysis = await store.get(document);
      if (token.isCancellationRequested) return undefined;
      let symbols = built.get(analysis);
      if (!symbols) {
        const t0 = performance.now();
        symbols = buildSymbols(document, eachOutlineNode(analysis), token);
        built.set(analysis, symbols);
        void symbols.then((s) => {
          if (!s) built.delete(analysis);
          else if (performance.now() - t0 > 20) store.log.info(`Building the outline took ${(performance.now() - t0).toFixed(1)} ms (in chunks)`);
        });
      }
      // A build cancelled by an earlier caller is redone for this one.
      return (await symbols) ?? (token.isCancellationRequested ? undefined : buildSymbols(document, eachOutlineNode(analysis), token));
    },
  };
}

/**
 * The Outline view and breadcrumbs of an article: headline, paragraphs, quotes
 * by speaker. VS Code keeps symbols until the text changes, and the API has no
 * event to say they changed; a review (a speaker set by hand, a sidecar read
 * after the first outline) changes them with the text unchanged, so the
 * provider is registered anew, which makes VS Code ask again.
 */
export function registerOutline(store: AnalysisStore): vscode.Disposable {
  const provider = symbolProvider(store);
  const register = () => vscode.languages.registerDocumentSymbolProvider({ language: ARTICLE_LANGUAGE }, provider, { label: 'Policy Lens' });
  let registration = register();
  const shown = new Map<string, { version: number; analysis: Analysis }>();
  let pending = false;
  let disposed = false;
  const listener = store.onDidChange(({ document, analysis }) => {
    const key = document.uri.toString();
    const last = shown.get(key);
    shown.set(key, { version: document.version, analysis });
    if (last?.version !== document.version || pending || sameOutline(last.analysis, analysis)) return;
    // One registration for a burst, e.g. every open article re-reviewed after a setting change.
    pending = true;
    setImmediate(() => {
      pending = false;
      if (disposed) return;
      registration.dispose();
      registration = register();
    });
  });
  const closed = vscode.workspace.onDidCloseTextDocument((d) => shown.delete(d.uri.toString()));
  return {
    dispose: () => {
      disposed = true;
      [listener, closed, registration].forEach((d) => d.dispose());
    },
  };
}
