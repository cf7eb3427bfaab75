// npm run check:bundle (part of npm test): bundles the engine worker as
// packaging does, in memory, and fails when it is over its ceiling, naming the
// inputs that weigh most. A size check only; speed has its own benches.
import * as esbuild from 'esbuild';
import { WORKER_BUDGET, WORKER_CEILING, workerOptions } from './bundleOptions.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const { outfile: _outfile, ...options } = workerOptions(true);
const result = await esbuild.build({ ...options, outdir: 'out/bundle-size', write: false, metafile: true, logLevel: 'error' });
const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint);
const heaviest = Object.entries(output.inputs)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 12)
  .map(([input, { bytesInOutput }]) => `  ${kb(bytesInOutput).padStart(9)}  ${input}`);
const line = `engine worker bundle: ${kb(output.bytes)} minified (${output.bytes} bytes); budget ${kb(WORKER_BUDGET)}, ceiling ${kb(WORKER_CEILING)}`;
if (output.bytes > WORKER_CEILING) {
  process.stderr.write(`${line}\nThe worker bundle grew past its ceiling. Heaviest inputs:\n${heaviest.join('\n')}\n` +
    'Shrink what grew, or, if the growth is worth it, raise WORKER_CEILING in scripts/bundleOptions.mjs and say why in the commit.\n');
  process.exit(1);
}
process.stdout.write(`${line}\n`);
