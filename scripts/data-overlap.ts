import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/*
 * npm run check:data
 * The evaluation data in ../shared/eval is read at run time and never copied
 * into the repository. This lists every line of the repository's sources,
 * tests, samples and docs that shares a run of RUN words with that data's
 * texts, and fails if one is not a stock phrase listed in
 * scripts/data-overlap-allowed.txt. Skipped, with a message, when the data is absent.
 */

const RUN = 7;
const ROOT = resolve(__dirname, '..');
const EVAL = resolve(process.env.POLICY_LENS_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval'));
const SCANNED = ['src', 'test', 'samples', 'bench', 'docs', 'scripts', 'README.md'];
const WORD = /[A-Za-z0-9']+/g;

/** The runs of RUN lower-cased words in text: "A B C D E F G H" → "a b c d e f g", "b c d e f g h". */
function runs(text: string): string[] {
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) out.push(words.slice(i, i + RUN).join(' '));
  return out;
}

/** Every string of a JSON value long enough to hold a sentence. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') {
    if (value.length > 30) yield value;
  } else if (Array.isArray(value)) {
    for (const v of value) yield* strings(v);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) yield* strings(v);
  }
}

/** Every file at or under path, in sorted order; none when it does not exist. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => join(path, name))
    .filter((f) => statSync(f).isFile());
}

function main(): void {
  if (!existsSync(EVAL)) {
    process.stdout.write(`check:data skipped: no evaluation data at ${EVAL}\n`);
    return;
  }
  const data = new Set<string>();
  for (const file of files(EVAL).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const text of strings(JSON.parse(line))) for (const run of runs(text)) data.add(run);
    }
  }
  const allowed = readFileSync(join(ROOT, 'scripts', 'data-overlap-allowed.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => runs(l).join('|'));
  const isAllowed = (run: string) => allowed.some((phrase) => phrase.includes(run));
  const found: string[] = [];
  for (const file of SCANNED.flatMap((p) => files(join(ROOT, p))).filter((f) => /\.(ts|txt|md|json)$/.test(f))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const shared = runs(line).filter((run) => data.has(run) && !isAllowed(run));
        if (shared.length) found.push(`${relative(ROOT, file)}:${i + 1}: "${shared[0]}"`);
      });
  }
  process.stdout.write(`check:data: ${data.size.toLocaleString('en')} runs of ${RUN} words in the evaluation data; ${found.length} repository lines share one\n`);
  if (found.length) {
    process.stdout.write(found.join('\n') + '\nReword these with invented text, or list a stock phrase in scripts/data-overlap-allowed.txt.\n');
    process.exitCode = 1;
  }
}

main();
