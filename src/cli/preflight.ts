import type { AnalyzeCommand } from './args';
import { checkOutDir } from './checkOutDir';

/** Points a misused option at the help, as for the arguments parseCliArgs rejects; Node's own messages end without a full stop. */
export const usageMessage = (message: string) => `policy-lens: ${message}${/[.!?]$/.test(message) ? '' : '.'}\nRun "policy-lens --help" for usage.\n`;

/**
 * What stops a run before any article is analysed (exit 2), as the text for
 * stderr, or null to go ahead. Checked once the inputs are listed, since
 * only then is the number of articles known, and before analysing, so a bad
 * --out folder costs one message rather than one per article.
 * `preflight({ format: 'brat', out: null, … }, 2)` → 'policy-lens: --format brat writes one .ann per article: …'
 */
export function preflight(command: Pick<AnalyzeCommand, 'format' | 'out'>, articles: number): string | null {
  // brat is one .ann per document, its T1, R1… restarting in each: a stream of several cannot be split again
  if (command.format === 'brat' && command.out === null && articles > 1) {
    return usageMessage(`--format brat writes one .ann file per article: with ${articles} articles, use --out DIR.`);
  }
  const problem = command.out === null ? null : checkOutDir(command.out);
  return problem === null ? null : `policy-lens: cannot write to --out ${command.out}: ${problem}\n`;
}
