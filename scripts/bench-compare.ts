import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/*
 * npm run bench:compare -- <git revision> [--rounds 8] [--mb 2]
 * The engine in the working tree against the engine at a revision, in one
 * process: every article of the bench corpus goes through both, in turn, for
 * each round; prints each stage's time and the whole pipeline's as now/then,
 * the ratio of the sums and the range of the rounds' ratios, by the clock and
 * in processor time. Processor time leaves out the time other programs held
 * the core: with seven other jobs on two cores, identical engines came out at
 * 0.990 (rounds 0.955–1.008) in processor time and 1.009 (0.988–1.075) by the
 * clock, where whole bench runs one after another differ by 15% or more.
 * Both engines share the processor's caches, so a change that only makes the
 * engine's code smaller shows less here than in `npm run bench`.
 */
const root = resolve(__dirname, '..');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!(value > 0)) throw new Error(`${name} needs a positive number`);
  return value;
}

function main(): void {
  const revision = process.argv[2];
  if (!revision || revision.startsWith('--')) {
    process.stderr.write('usage: npm run bench:compare -- <git revision> [--rounds 8] [--mb 2]\n');
    process.exit(2);
  }
  const rounds = option('--rounds', 8);
  const mb = option('--mb', 2);
  const commit = execFileSync('git', ['rev-parse', '--short', revision], { cwd: root, encoding: 'utf8' }).trim();
  // inside the repository, so that the old sources resolve their packages from its node_modules
  const then = join(root, 'out', 'compare', commit);
  rmSync(then, { recursive: true, force: true });
  mkdirSync(then, { recursive: true });
  const archive = execFileSync('git', ['archive', commit, 'src'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', then], { input: archive });
  const entry = join(then, 'run.ts');
  writeFileSync(entry, `
import { PIPELINE as nowPipeline } from ${JSON.stringify(join(root, 'src/core/pipeline'))};
import { emptyAnalysis as nowEmpty } from ${JSON.stringify(join(root, 'src/core/emptyAnalysis'))};
import { PIPELINE as thenPipeline } from ${JSON.stringify(join(then, 'src/core/pipeline'))};
import { emptyAnalysis as thenEmpty } from ${JSON.stringify(join(then, 'src/core/emptyAnalysis'))};
import { buildCorpus, loadArticles } from ${JSON.stringify(join(root, 'scripts/bench/corpus'))};
import { report } from ${JSON.stringify(join(root, 'scripts/compare/report'))};
report({ pipeline: nowPipeline, empty: nowEmpty }, { pipeline: thenPipeline as never, empty: thenEmpty as never },
  buildCorpus(loadArticles(${JSON.stringify(root)}), ${mb} * 2 ** 20), ${rounds}, ${JSON.stringify(commit)});
`);
  const bundle = join(then, 'run.js');
  buildSync({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  execFileSync(process.execPath, [bundle], { stdio: 'inherit' });
}

main();
