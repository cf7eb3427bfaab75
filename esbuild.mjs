// Bundles the extension and the CLI (and, with --tests, the test entry points).
// --production minifies for packaging; otherwise source maps for development.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commonOptions, workerOptions } from './scripts/bundleOptions.mjs';

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

/** Every .ts file below a folder, for the test entry points. */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every compiled .js file below a folder, to prune outputs whose source is gone. */
function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const common = commonOptions(production);

if (tests) {
  // Test code runs from out/, mirroring the source tree; playwright-core and
  // mocha stay external so their own assets and lazy requires resolve.
  await esbuild.build({
    ...common,
    entryPoints: ['test/runIntegration.ts', 'test/runDesktop.ts', 'test/start.ts', 'test/screenshots.ts', 'test/harness/sceneDriver.ts', ...tsFiles('test/integration')].filter((p) => {
      try { return statSync(p).isFile(); } catch { return false; }
    }),
    outdir: 'out',
    outbase: '.',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
  });
  // A test deleted from test/integration must not keep running from a stale out/ file.
  for (const js of jsFiles('out/test/integration')) {
    if (existsSync(js.replace(/^out[\\/]/, '').replace(/\.js$/, '.ts'))) continue;
    rmSync(js, { force: true });
    rmSync(`${js}.map`, { force: true });
  }
} else {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' }),
    esbuild.build(workerOptions(production)),
    esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ]);
  chmodSync('dist/cli.js', 0o755); // so ./dist/cli.js and a linked `policy-lens` run directly
}
