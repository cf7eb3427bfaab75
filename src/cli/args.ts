import { parseArgs } from 'node:util';
import { joinNegativeValues } from './negativeValues';

export type Format = 'json' | 'jsonl' | 'w3c' | 'brat' | 'csv';
const FORMATS: readonly string[] = ['json', 'jsonl', 'w3c', 'brat', 'csv'];
/** More threads than this only cost memory on any machine the CLI runs on. */
export const MAX_JOBS = 64;

export interface AnalyzeCommand {
  readonly kind: 'analyze';
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly out: string | null;
  readonly referenceDate?: string;
  readonly minCheckWorthiness?: number;
  readonly allClaims: boolean;
  /** Merge the <article>.annotations.json sidecar beside each input (docs/annotations.md). */
  readonly annotations: boolean;
  readonly includeRejected: boolean;
  /** Worker threads (`--jobs`); absent, the CLI decides from the number of files (run.ts). */
  readonly jobs?: number;
}

export type Command = AnalyzeCommand | { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'error'; readonly message: string };

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  'reference-date': { type: 'string' },
  'min-check-worthiness': { type: 'string' },
  'all-claims': { type: 'boolean' },
  annotations: { type: 'boolean' },
  'include-rejected': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** True for a real calendar date written YYYY-MM-DD ("2023-02-30" is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Reads the command line without touching the process, so every case is a
 * table row in the tests. `['analyze', 'a.txt', '--format', 'jsonl']` →
 * `{ kind: 'analyze', inputs: ['a.txt'], format: 'jsonl', ... }`.
 */
export function parseCliArgs(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, OPTIONS), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { kind: 'error', message: 'Missing command: try "policy-lens analyze <file|dir|->".' };
  if (command !== 'analyze') return { kind: 'error', message: `Unknown command "${command}": the only command is "analyze".` };
  if (inputs.length === 0) return { kind: 'error', message: 'Nothing to analyze: give a file, a directory, or - for standard input.' };
  if (inputs.filter((i) => i === '-').length > 1) return { kind: 'error', message: 'Standard input (-) can be read only once.' };

  const format = values.format ?? 'json';
  if (!FORMATS.includes(format)) return { kind: 'error', message: `--format must be json, jsonl, w3c, brat or csv, not "${format}".` };
  if (values.out !== undefined && values.out.trim() === '') return { kind: 'error', message: '--out needs a directory.' };
  if (values.out !== undefined && values.format === 'jsonl') {
    return { kind: 'error', message: '--out writes one .analysis.json file per article; --format jsonl is for standard output only.' };
  }
  // like --out with jsonl: an option that would do nothing is a mistake to point out, not to ignore
  if (values['include-rejected'] && !values.annotations) {
    return { kind: 'error', message: '--include-rejected only applies with --annotations (rejected hand annotations).' };
  }
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) {
    return { kind: 'error', message: `--reference-date must be a real date written YYYY-MM-DD, not "${referenceDate}".` };
  }
  const minText = values['min-check-worthiness'];
  const min = minText === undefined ? undefined : Number(minText);
  if (min !== undefined && (minText?.trim() === '' || !(min >= 0 && min <= 1))) {
    return { kind: 'error', message: `--min-check-worthiness must be a number from 0 to 1, not "${minText}".` };
  }
  const jobsText = values.jobs;
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(/^\d+$/.test(jobsText ?? '') && jobs >= 1 && jobs <= MAX_JOBS)) {
    return { kind: 'error', message: `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${jobsText}".` };
  }
  return {
    kind: 'analyze',
    inputs,
    format: format as Format,
    out: values.out ?? null,
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    ...(min !== undefined ? { minCheckWorthiness: min } : {}),
    allClaims: values['all-claims'] ?? false,
    annotations: values.annotations ?? false,
    includeRejected: values['include-rejected'] ?? false,
    ...(jobs !== undefined ? { jobs } : {}),
  };
}
