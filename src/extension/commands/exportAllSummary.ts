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

/**
 * Export All's one-line summary: how many articles went into how many files
 * (a JSONL file holds them all), the files the user chose to keep named apart
 * from the files that are no articles; zero counts of either are left out.
 * exportAllSummary({ articles: 310, written: 1, skipped: [3 not articles], failed: 0, … }, '1.2 s') → 'Exported 310 articles into 1 file, 3 not articles, 0 failed in 1.2 s'
 */
export function exportAllSummary(c: ExportAllCounts, elapsed: string): string {
  const kept = c.skipped.filter((s) => s.reason === 'kept').length;
  const other = c.skipped.length - kept;
  const parts = [
    `Exported ${count(c.articles, 'article')}${c.written ? ` into ${count(c.written, 'file')}` : ''}`,
    ...(kept ? [`${kept} kept as ${kept === 1 ? 'it was' : 'they were'}`] : []),
    ...(other ? [other === 1 ? '1 not an article' : `${other} not articles`] : []),
    `${c.failed} failed`,
    ...(c.notes ? [count(c.notes, 'annotation note')] : []),
    ...(c.cancelled ? ['cancelled'] : []),
  ];
  return `${parts.join(', ')} in ${elapsed}`;
}

/** The Output line of one skipped file, saying why it was not written. */
export const skipLine = (s: Skip): string =>
  ({
    kept: `Kept ${s.path} as it was: it already existed and you chose Skip Existing`,
    'not-article': `Skipped ${s.path}: not an article (its first line is not "date YYYY-MM-DD Headline", no article glob names it, and it is not treated as an article)`,
    'plain-text': `Skipped ${s.path}: switched to Plain Text in the editor`,
  })[s.reason];
