import * as vscode from 'vscode';
import { claimsAbove } from '../core/annotations/claimsAbove';
import type { Analysis } from '../core/model';
import type { Analyzer } from './analyzer';
import { Superseded, type JobInfo } from './analysisQueue';
import type { Settings } from './settings';
import { since, type Log } from './output';
import { isNotText } from './notText';
import { emptyAnalysis } from './emptyAnalysis';
import { ARTICLE_LANGUAGE } from './languageMode';
import { Debouncer } from './debouncer';
import { holdUntil, leadTime } from './leadTime';
import { TransformChain, type AnalysisTransform } from './transformChain';
import { ArticleKeys } from './articleKeys';
import { notAnalysedReason } from './claimsViewState';

export interface AnalysisEvent {
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
}

export type { AnalysisTransform } from './transformChain';

interface Entry {
  readonly version: number;
  readonly raw: Analysis;
  analysis: Analysis;
}

const NOT_TEXT = 'This file does not look like text (it has binary or control characters), so Policy Lens does not analyse it.';

/**
 * The only caller of the engine in the extension: one analysis per document
 * version, computed when an article is shown or asked for, debounced after
 * edits, results for stale versions dropped, and forgotten on close.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  /** Each document's running analysis: its text, the engine's result (`raw`), and the finished analysis. */
  private readonly inflight = new Map<string, { version: number; text: string; raw: Promise<Analysis>; promise: Promise<Analysis> }>();
  private readonly debouncer = new Debouncer();
  /** Callers of get() waiting for a debounced analysis, by document. */
  private readonly waiters = new Map<string, ((analysis: Promise<Analysis>) => void)[]>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  private readonly switched = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly articles = new ArticleKeys();
  private readonly transforms = new TransformChain((error, document) => this.log.error(`A transform failed on ${document.uri.fsPath}: ${String(error)}`));
  private readonly warned = new Set<string>();
  /** How long each document's last analysis took, to start the next one that much before its debounce ends. */
  private readonly lastMs = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.emitter.event;
  /**
   * An open document became an article or stopped being one (a language switch,
   * which changes no editor): views re-read isArticle() and peek(), and so clear
   * what they showed of a document switched back to plain text.
   */
  readonly onDidSwitch = this.switched.event;
  /** How long the last analysis took, and how long the views took to take it in (for the benchmark). */
  lastTimings = { analysisMs: 0, notifyMs: 0, debounceLateMs: 0 };
  /** How late the last debounce timer fired (a busy extension host delays it). */
  private debounceLateMs = 0;

  constructor(private readonly analyzer: Analyzer, private readonly settings: () => Settings, readonly log: Log) {
    this.subscriptions = [
      this.emitter,
      this.switched,
      vscode.workspace.onDidChangeTextDocument((e) => this.isArticle(e.document) && e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.analyseShown(editors)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.opened(d);
        setTimeout(() => this.analyseShown(vscode.window.visibleTextEditors), 0);
      }),
    ];
    vscode.workspace.textDocuments.forEach((d) => this.articles.update(d.uri.toString(), this.isArticle(d)));
    this.analyseShown(vscode.window.visibleTextEditors);
  }

  isArticle(document: vscode.TextDocument): boolean {
    return document.languageId === ARTICLE_LANGUAGE;
  }

  /** The analysis of the document's current version, if it is ready. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit?.version === document.version ? hit.analysis : undefined;
  }

  /**
   * The analysis of the document's current version, computing it now if needed.
   * While an edit's debounce is pending it waits for that analysis instead, so
   * the outline and hovers that VS Code asks for while typing do not defeat the debounce.
   */
  get(document: vscode.TextDocument): Promise<Analysis> {
    const hit = this.peek(document);
    if (hit) return Promise.resolve(hit);
    const key = document.uri.toString();
    if (!this.debouncer.has(key)) return this.compute(document);
    return new Promise((resolve) => this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]));
  }

  /**
   * The analysis of a text with every claim candidate, whatever its score:
   * the threshold is applied once hand annotations are anchored, so a claim
   * someone reviewed stays (mergeAnnotations with `minCheckWorthiness`).
   */
  analyzeText(text: string, info?: JobInfo): Promise<Analysis> {
    if (isNotText(text)) return Promise.resolve(emptyAnalysis(text, 'not-text', NOT_TEXT));
    return this.analyzer.analyze(text, { allClaims: true }, info);
  }

  /**
   * What analyzeText gives, taken from the cache when an open document's last
   * analysis was of this very text: a sidecar write asks about the saved text,
   * which is most often the open document's, and need not analyse it again.
   */
  analyzeTextOnce(text: string): Promise<Analysis> {
    const same = (other: string) => other.length === text.length && other === text;
    for (const { raw } of this.cache.values()) if (same(raw.text)) return Promise.resolve(raw);
    // Saved while its analysis runs (auto save does so a second after typing): that run's result, not a second run of a long text.
    for (const run of this.inflight.values()) if (same(run.text)) return run.raw.catch(() => this.analyzeText(text));
    return this.analyzeText(text);
  }

  /** Claims scoring below this are shown only when someone reviewed them. */
  get minCheckWorthiness(): number {
    return this.settings().minCheckWorthiness;
  }

  /** The transforms, then the threshold for claims no transform kept for a review. */
  private finish(document: vscode.TextDocument, raw: Analysis): Analysis {
    return claimsAbove(this.transforms.apply(document, raw), this.minCheckWorthiness);
  }

  /** Adds a rewrite applied to every analysis from now on; disposing removes it. */
  addTransform(transform: AnalysisTransform): vscode.Disposable {
    const remove = this.transforms.add(transform);
    this.cache.forEach((_, key) => this.reapply(key));
    return new vscode.Disposable(() => {
      remove();
      this.cache.forEach((_, key) => this.reapply(key));
    });
  }

  /** Reruns the transforms on a cached analysis and announces it (after annotations change). */
  refresh(uri: vscode.Uri): void {
    this.reapply(uri.toString());
  }

  private reapply(key: string): void {
    const entry = this.cache.get(key);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!entry || !document || document.version !== entry.version) return;
    entry.analysis = this.finish(document, entry.raw);
    this.emitter.fire({ document, analysis: entry.analysis });
  }

  /** Recomputes every cached analysis, after a setting that changes what the engine returns. */
  reanalyzeAll(): void {
    for (const key of [...this.cache.keys()]) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      this.cache.delete(key);
      if (document) void this.compute(document);
    }
  }

  private analyseShown(editors: readonly vscode.TextEditor[]): void {
    for (const { document } of editors) {
      const waiting = this.debouncer.has(document.uri.toString());
      if (this.isArticle(document) && !this.peek(document) && !waiting) void this.compute(document);
    }
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const delay = this.settings().analysisDelayMs;
    const scheduled = performance.now();
    const lead = leadTime(delay, this.lastMs.get(key));
    this.debouncer.schedule(key, delay - lead, () => {
      this.debounceLateMs = performance.now() - scheduled - (delay - lead);
      const analysis = this.compute(document, scheduled + delay);
      this.waiters.get(key)?.forEach((resolve) => resolve(analysis));
      this.waiters.delete(key);
    });
  }

  /** Computes the analysis; with `notBefore`, its result is held until then (the end of the debounce). */
  private compute(document: vscode.TextDocument, notBefore = 0): Promise<Analysis> {
    const key = document.uri.toString();
    const version = document.version;
    const running = this.inflight.get(key);
    if (running?.version === version) return running.promise;
    const text = document.getText();
    const t0 = performance.now();
    const wasArticle = this.isArticle(document);
    const raw = this.analyzeText(text, { key });
    const promise = raw
      .then(
        (raw) => this.finishRun(document, version, wasArticle, raw, t0, notBefore),
        (error: unknown) => {
          if (error instanceof Superseded) return this.superseded(document, version, text, t0);
          this.log.error(`Analysis of ${document.uri.fsPath} failed: ${String(error)}`);
          const failed = emptyAnalysis(text, 'analysis-failed', `The analysis failed: ${String(error)}`);
          return this.finishRun(document, version, wasArticle, failed, t0, notBefore);
        },
      );
    this.inflight.set(key, { version, text, raw, promise });
    return promise;
  }

  private async finishRun(document: vscode.TextDocument, version: number, wasArticle: boolean, raw: Analysis, t0: number, notBefore: number): Promise<Analysis> {
    this.lastMs.set(document.uri.toString(), performance.now() - t0);
    return this.settle(document, version, wasArticle, await holdUntil(notBefore, raw), t0);
  }

  /**
   * A newer version's analysis replaced this one before it ran:
   * whoever waited for this version gets the newer one, which is what they
   * would have been given had they asked a moment later.
   */
  private superseded(document: vscode.TextDocument, version: number, text: string, t0: number): Promise<Analysis> {
    const key = document.uri.toString();
    this.log.info(`Dropped the analysis of ${vscode.workspace.asRelativePath(document.uri)} v${version} before it ran (${since(t0)})`);
    if (this.inflight.get(key)?.version === version) this.inflight.delete(key);
    const newer = this.inflight.get(key);
    if (newer) return newer.promise;
    // Closed (cancelled) or switched away: nothing is shown, and a rejection would go unhandled where no one waits.
    const gone = document.isClosed || !this.isArticle(document);
    return gone ? Promise.resolve(emptyAnalysis(text, 'analysis-dropped', 'The document was closed before its analysis ran.')) : this.get(document);
  }

  private settle(document: vscode.TextDocument, version: number, wasArticle: boolean, raw: Analysis, t0: number): Analysis {
    const key = document.uri.toString();
    if (this.inflight.get(key)?.version === version) this.inflight.delete(key);
    // Switched back to plain text meanwhile: no transform either, or hand annotation would load its sidecar again.
    const switchedAway = wasArticle && !this.isArticle(document);
    const analysis = switchedAway ? claimsAbove(raw, this.minCheckWorthiness) : this.finish(document, raw);
    const name = vscode.workspace.asRelativePath(document.uri);
    if (switchedAway || document.isClosed || document.version !== version) {
      this.log.info(`Dropped the analysis of ${name} v${version}: the document changed (${since(t0)})`);
      return analysis;
    }
    this.cache.set(key, { version, raw, analysis });
    const notAnalysed = notAnalysedReason(raw);
    // A file refused as binary has no counts to give: "Analysed …: 0 claims" would read as an article with nothing in it.
    if (notAnalysed) this.log.info(`Not analysed ${name} v${version}: ${notAnalysed}`);
    else
      this.log.info(
        `Analysed ${name} v${version} (${(raw.text.length / 1024).toFixed(1)} KB) in ${(this.lastMs.get(key) ?? 0).toFixed(1)} ms: ` +
          `${analysis.claims.length} claims, ${raw.quotes.length} quotes, ${raw.figures.length} figures, ${raw.dates.length} dates`,
      );
    if (raw.warnings.some((w) => w.code === 'not-text') && !this.warned.has(key)) {
      this.warned.add(key);
      void vscode.window.showWarningMessage(`Policy Lens: ${name} ${raw.warnings[0].message.replace(/^This file /, '')}`);
    }
    const t1 = performance.now();
    this.emitter.fire({ document, analysis });
    this.lastTimings = { analysisMs: this.lastMs.get(key) ?? t1 - t0, notifyMs: performance.now() - t1, debounceLateMs: this.debounceLateMs };
    this.log.info(`Updated the views of ${name} v${version} in ${since(t1)}`);
    return analysis;
  }

  /** A language switch closes and reopens the document; only a real close leaves it out of textDocuments. */
  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.forget(key);
    if (vscode.workspace.textDocuments.includes(document)) return;
    this.articles.delete(key);
    this.analyzer.cancel(key);
  }

  private opened(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.articles.update(key, this.isArticle(document))) return;
    if (!this.isArticle(document)) this.forget(key);
    this.switched.fire(document);
  }

  private forget(key: string): void {
    this.debouncer.cancel(key);
    this.waiters.get(key)?.forEach((resolve) => resolve(Promise.reject(new Error('The document was closed.'))));
    this.waiters.delete(key);
    this.cache.delete(key);
    this.inflight.delete(key);
    this.lastMs.delete(key);
  }

  /** How many documents hold a cached analysis (for tests of the close path). */
  get size(): number {
    return this.cache.size;
  }

  dispose(): void {
    this.debouncer.dispose();
    this.subscriptions.forEach((d) => d.dispose());
    this.analyzer.dispose();
  }
}
