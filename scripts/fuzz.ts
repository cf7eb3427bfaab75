import { checkText } from '../test/unit/fuzz/checkText';
import { mutate } from '../test/unit/fuzz/mutations';
import { prng, type Prng } from '../test/unit/fuzz/prng';
import { analyze, analyzeBatch } from '../src/core';
import type { AnalyzeOptions } from '../src/core/model';
import { seedTexts } from '../test/unit/fuzz/seedTexts';
import { shrink } from '../test/unit/fuzz/shrink';

/*
 * npm run fuzz -- [--cases N] [--seed S]: the engine over N mutated copies of
 * the project's articles (the unit test runs a few dozen). Each failure is
 * printed once per kind with the mutations that made it and a shrunk repro,
 * ready for a table test. Exit 1 when any case fails.
 */
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

/** The options a user can set, mostly left alone; reference dates at the ends of the calendar. */
function pickOptions(rng: Prng): AnalyzeOptions {
  const options: { referenceDate?: string; minCheckWorthiness?: number; allClaims?: boolean } = {};
  if (rng.int(4) === 0) options.referenceDate = rng.pick(['0001-01-01', '1000-02-29', '1970-01-01', '2024-02-29', '2024-12-31', '9999-12-31']);
  if (rng.int(8) === 0) options.minCheckWorthiness = rng.pick([0, 0.5, 1]);
  if (rng.int(8) === 0) options.allClaims = true;
  return options;
}

/** The failure without its numbers, so one bug is reported once. */
const kind = (message: string) => message.replace(/\d+/g, 'N').slice(0, 120);

function main(): number {
  const cases = option('--cases', 2000);
  const seed = option('--seed', 1);
  const seeds = seedTexts();
  const kinds = new Map<string, number>();
  let failures = 0;
  let slowest = { ms: 0, names: [] as string[] };
  for (let i = 0; i < cases; i++) {
    const rng = prng(seed * 1_000_003 + i);
    const base = seeds[i % seeds.length];
    const { text, names } = mutate(base.text, rng);
    const started = performance.now();
    const options = pickOptions(rng);
    const problem = checkText(text, options);
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, names };
    // the CLI analyses stage by stage over a batch: every so often, check it agrees with analyze
    if (problem === null && i % 25 === 0) {
      const batch = [seeds[(i + 1) % seeds.length].text, text, seeds[(i + 2) % seeds.length].text];
      const apart = JSON.stringify(batch.map((t) => analyze(t, options)));
      if (JSON.stringify(analyzeBatch(batch, options)) !== apart) {
        failures++;
        kinds.set('analyzeBatch differs from analyze', (kinds.get('analyzeBatch differs from analyze') ?? 0) + 1);
        process.stdout.write(`case ${i} (${names.join(', ')}): analyzeBatch differs from analyze\n`);
      }
    }
    if (problem === null) continue;
    failures++;
    const k = kind(problem);
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
    if (kinds.get(k)! > 1) continue;
    const repro = shrink(text, (t) => {
      const p = checkText(t, options);
      return p !== null && kind(p) === k;
    });
    process.stdout.write(`case ${i} (${base.name}; ${names.join(', ')}; ${JSON.stringify(options)}): ${problem}\n  repro: ${JSON.stringify(repro)}\n`);
  }
  process.stdout.write(`${cases} cases, seed ${seed}: ${failures} failed, ${kinds.size} kinds; slowest ${slowest.ms.toFixed(0)} ms (${slowest.names.join(', ')})\n`);
  for (const [k, n] of kinds) process.stdout.write(`  ${n} × ${k}\n`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = main();
