import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Analysis } from '../core/model';
import { claimsAbove } from '../core/annotations/claimsAbove';
import { mergeAnnotations } from '../core/annotations/mergeAnnotations';
import { parseSidecar } from '../core/annotations/parseSidecar';
import { sidecarPath } from '../core/annotations/sidecarPath';
import { toBrat } from '../core/export/toBrat';
import { toCsv } from '../core/export/toCsv';
import { toW3c } from '../core/export/toW3c';
import { exportView } from '../core/export/toJson';
import { jsonChunks } from './jsonChunks';

/** The formats written as text rather than as the JSON export document. */
export const TEXT_FORMATS = ['w3c', 'brat', 'csv'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
export const isTextFormat = (f: string): f is TextFormat => (TEXT_FORMATS as readonly string[]).includes(f);

/** The --out file name suffix of each text format. */
export const OUT_SUFFIX: Readonly<Record<TextFormat, string>> = { w3c: '.w3c.jsonld', brat: '.ann', csv: '.claims.csv' };

/**
 * The analysis merged with the sidecar beside the article, if there is one.
 * A sidecar that is corrupt or from a newer version is reported and left
 * alone; the article is then exported as extracted. The CLI never writes sidecars.
 * With `minCheckWorthiness` the analysis holds every claim, and the threshold
 * is applied here, so a reviewed claim below it is kept (mergeAnnotations).
 * withAnnotations(a, 'news/a.txt', false) → { analysis: reviewed, notes: [] } when news/a.txt.annotations.json exists
 */
export function withAnnotations(analysis: Analysis, articlePath: string | null, includeRejected: boolean, minCheckWorthiness?: number): { analysis: Analysis; notes: string[] } {
  const extracted = (notes: string[]) => ({ analysis: minCheckWorthiness === undefined ? analysis : claimsAbove(analysis, minCheckWorthiness), notes });
  if (articlePath === null) return extracted([]);
  const path = sidecarPath(articlePath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return extracted(missing ? [] : [`${path}: ${(error as Error).message}; annotations not merged`]);
  }
  const parsed = parseSidecar(text, basename(articlePath));
  if (parsed.kind !== 'ok') return extracted([`${path}: ${parsed.message.replace(/\.?$/, '.')} Annotations not merged.`]);
  const merged = mergeAnnotations(analysis, parsed.sidecar.annotations, { showRejected: includeRejected, minCheckWorthiness });
  const notes = [...merged.orphans, ...merged.unmatched].map((a) => `${path}: annotation ${a.id} ("${a.quote.exact.slice(0, 40)}") could not be placed`);
  return { analysis: merged.analysis, notes };
}

/**
 * One article in a text format. `first` is false for the later articles of
 * one stream, so CSV writes its header once.
 * renderTextFormat('brat', a, 'a.txt', true) → 'T1\tQuote 10 25\t"…"\n…'
 */
export function renderTextFormat(format: TextFormat, analysis: Analysis, path: string | null, first: boolean): string {
  if (format === 'brat') return toBrat(analysis);
  if (format === 'csv') return toCsv(analysis, { source: path, header: first });
  return JSON.stringify(toW3c(analysis, path), null, 2) + '\n';
}

/**
 * A stage that failed on this article, said on stderr: the output still holds
 * what the other stages found, and its warning, but a reader of a run's
 * messages should not have to search the JSON to learn something is missing.
 * stageFailures(a, 'a.txt') → ['a.txt: The quotes stage failed: …; its results are missing']
 */
function stageFailures(analysis: Analysis, path: string | null): string[] {
  return analysis.warnings.filter((w) => w.code === 'stage-failed').map((w) => `${path ?? 'standard input'}: ${w.message}; its results are missing`);
}

export interface OutputOptions {
  /** json | jsonl | w3c | brat | csv */
  readonly format: string;
  /** Merge the sidecar found beside each article (`--annotations`). */
  readonly annotations: boolean;
  /** Keep rejected items, flagged, instead of leaving them out (`--include-rejected`). */
  readonly includeRejected: boolean;
  /**
   * With --annotations: the threshold to apply once the sidecar is merged, so
   * reviewed claims below it stay; the analysis then holds every claim.
   */
  readonly minCheckWorthiness?: number;
  /** True with --out: one file per article, so every CSV file gets its header. */
  readonly toFiles: boolean;
  readonly generatorVersion: string;
}

export interface Output {
  readonly chunks: Iterable<string>;
  /** The --out file suffix: `.analysis.json`, `.w3c.jsonld`, `.ann` or `.claims.csv`. */
  readonly suffix: string;
  /** Sidecar problems to print on stderr; they do not fail the run. */
  readonly notes: readonly string[];
}

/**
 * What the CLI writes for each article, in the format asked, after merging
 * its sidecar when asked. Made once per run: a CSV stream gets one header.
 * outputRenderer({ format: 'csv', annotations: true, … })(analysis, 'a.txt') → { chunks: ['article,id,…'], suffix: '.claims.csv', notes: [] }
 */
export function outputRenderer(options: OutputOptions, startsStream = true): (analysis: Analysis, path: string | null) => Output {
  // false for a batch rendered apart from the stream's start (a worker's), whose CSV must not repeat the header
  let first = startsStream;
  return (analysis, path) => {
    const annotated = options.annotations ? withAnnotations(analysis, path, options.includeRejected, options.minCheckWorthiness) : { analysis, notes: [] };
    const merged = { ...annotated, notes: [...stageFailures(analysis, path), ...annotated.notes] };
    const { format } = options;
    if (isTextFormat(format)) {
      const text = renderTextFormat(format, merged.analysis, path, first || options.toFiles);
      first = false;
      return { chunks: [text], suffix: OUT_SUFFIX[format], notes: merged.notes };
    }
    // copied into export objects as it is written, never whole (jsonChunks)
    const doc = exportView(merged.analysis, { path, generatorVersion: options.generatorVersion });
    function* chunks() {
      yield* jsonChunks(doc, format !== 'jsonl');
      yield '\n';
    }
    return { chunks: chunks(), suffix: '.analysis.json', notes: merged.notes };
  };
}
