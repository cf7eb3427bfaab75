/**
 * Figures for the editor features, printed, never asserted:
 * bundle sizes (minified), load + activate() against a stub `vscode`, and how
 * long the extension host's event loop stalls while a 5 MB article is analysed
 * in the worker versus in place. Run: `node esbuild.mjs && tsx scripts/bench-extension.ts`.
 * Editor-side figures (edit → highlights, 5 MB open in VS Code) come from
 * `POLICY_LENS_BENCH=1 POLICY_LENS_TEST_GREP=Benchmark npm run test:integration`.
 */
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { analyze } from '../src/core';
import { createAnalyzer } from '../src/extension/analyzer';
import { benchArticle } from '../test/integration/benchArticle';
import { commonOptions, workerOptions } from './bundleOptions.mjs';

/** Builds the minified bundles into a temporary folder, as packaging would, and prints their sizes. */
async function bundleSizes(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
  const { outfile: _outfile, ...worker } = workerOptions(true);
  for (const options of [{ ...commonOptions(true), entryPoints: ['src/extension/extension.ts'] }, worker]) {
    const r = await esbuild.build({ ...options, outdir, sourcemap: false, logLevel: 'error', metafile: true });
    const bytes = Object.values(r.metafile.outputs)[0].bytes;
    console.log(`bundle ${(options.entryPoints as string[])[0]}: ${(bytes / 1024).toFixed(0)} KB minified`);
  }
  return join(outdir, 'extension.js');
}

/** The `vscode` members the extension uses, so the bundle's namespace import can copy them. */
function vscodeMembers(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync('src/extension', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join('src/extension', file), 'utf8').matchAll(/vscode\.([A-Za-z]+)/g)) names.add(m[1]);
  }
  return [...names];
}

/** Source of a `vscode` stub whose members are callable, constructible no-ops, to time our own code only. */
const STUB_SOURCE = `(members) => {
  const handler = {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub),
    apply: () => stub,
    construct: () => stub,
    set: () => true,
    defineProperty: () => true,
    ownKeys: (target) => [...new Set([...members, ...Reflect.ownKeys(target)])],
    getOwnPropertyDescriptor: (target, key) =>
      Reflect.getOwnPropertyDescriptor(target, key) ?? { configurable: true, enumerable: true, value: stub },
  };
  const stub = new Proxy(function () {}, handler);
  return stub;
}`;

/** Load + activate() timed in a plain Node child, so tsx's require hooks do not count. */
function activation(bundle: string): void {
  const child = `
    const Module = require('node:module');
    const members = ${JSON.stringify(vscodeMembers())};
    const stub = (${STUB_SOURCE})(members);
    const original = Module._load;
    Module._load = (request, ...rest) => (request === 'vscode' ? stub : original(request, ...rest));
    const t0 = performance.now();
    const ext = require(${JSON.stringify(bundle)});
    const t1 = performance.now();
    ext.activate(stub);
    const t2 = performance.now();
    console.log('activation: require ' + (t1 - t0).toFixed(1) + ' ms + activate() ' + (t2 - t1).toFixed(1) + ' ms (stub vscode)');
  `;
  process.stdout.write(execFileSync(process.execPath, ['-e', child], { encoding: 'utf8' }));
}

/** The longest gap between 5 ms ticks while `work` runs: how long the UI thread would freeze. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stall: number; total: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const t0 = performance.now();
  await work();
  const total = performance.now() - t0;
  clearInterval(timer);
  stall = Math.max(stall, performance.now() - last);
  return { stall, total };
}

async function largeArticle(): Promise<void> {
  const megabytes = Number(process.env.BENCH_MB ?? 5);
  const text = benchArticle(megabytes * 1024 * 1024);
  const analyzer = createAnalyzer(join(process.cwd(), 'dist/analysisWorker.js'));
  const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 2000)));
  console.log(`idle 2 s (machine noise): longest event-loop stall ${idle.stall.toFixed(0)} ms`);
  const worker = await longestStall(() => analyzer.analyze(text, {}));
  analyzer.dispose();
  const inPlace = await longestStall(async () => analyze(text));
  console.log(`${megabytes} MB article in the worker: ${worker.total.toFixed(0)} ms total, longest event-loop stall ${worker.stall.toFixed(0)} ms`);
  console.log(`${megabytes} MB article in place:      ${inPlace.total.toFixed(0)} ms total, longest event-loop stall ${inPlace.stall.toFixed(0)} ms`);
  const small = benchArticle(2048);
  const times = Array.from({ length: 50 }, () => {
    const t0 = performance.now();
    analyze(small);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  console.log(`2 KB article in place: median ${times[25].toFixed(2)} ms`);
}

void (async () => {
  const bundle = await bundleSizes();
  for (let i = 0; i < 3; i++) activation(bundle);
  await largeArticle();
})();
