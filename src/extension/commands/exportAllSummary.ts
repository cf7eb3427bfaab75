import { count } from '../plural';

/** A file Export All did not write, and why: the user kept its earlier export, it is no article, or the user switched it to Plain Text. */
export interface Skip {
  readonly path: string;
  readonly reason: 'kept' | 'not-article' | 'plain-text';
}

export interface ExportAllCounts {
  /** Articles in the files written: one per JSON file, or the lines of the JSONL file. */
  readonly articles: number;
  readonly written: number;
  readonly skipped: readonly Skip[];
  readonly failed: number;
  readonly notes: number;
  readonly cancelled: boolean;
}

/** A duration for people: "9 ms" under a second, else seconds with one decimal, "8.8 s". */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Export All's one-line summary: how many articles went into how many files
 * (a JSONL file holds them all) and how long it took, then in brackets what
 * else happened: the files the user chose to keep named apart from the files
 * that are no articles, failures, notes; zero counts are left out.
 * exportAllSummary({ articles: 310, written: 1, skipped: [3 not articles], failed: 2, … }, 1234) →
 * 'Exported 310 articles into 1 file in 1.2 s (3 not articles, 2 failed)'
 */
export function exportAllSummary(c: ExportAllCounts, elapsedMs: number): string {
  const kept = c.skipped.filter((s) => s.reason === 'kept').length;
  const other = c.skipped.length - kept;
  const asides = [
    ...(kept ? [`${kept} kept as ${kept === 1 ? 'it was' : 'they were'}`] : []),
    ...(other ? [other === 1 ? '1 not an article' : `${other} not articles`] : []),
    ...(c.failed ? [`${c.failed} failed`] : []),
    ...(c.notes ? [count(c.notes, 'annotation note')] : []),
    ...(c.cancelled ? ['cancelled'] : []),
  ];
  const main = `Exported ${count(c.articles, 'article')}${c.written ? ` into ${count(c.written, 'file')}` : ''} in ${duration(elapsedMs)}`;
  return asides.length ? `${main} (${asides.join(', ')})` : main;
}

/** The Output line of one skipped file, saying why it was not written. */
export const skipLine = (s: Skip): string =>
  ({
    kept: `Kept ${s.path} as it was: it already existed and you chose Skip Existing`,
    'not-article': `Skipped ${s.path}: not an article (its first line is not "date YYYY-MM-DD Headline", no article glob names it, and it is not treated as an article)`,
    'plain-text': `Skipped ${s.path}: switched to Plain Text in the editor`,
  })[s.reason];
