import { formatTable } from '../table';
import { round, type Engine, type Times } from './runner';

const f = (n: number, digits = 3) => n.toFixed(digits);

/** Runs a warm-up round and `rounds` timed ones, then prints now/then per stage: sum ratio and the rounds' range. */
export function report(now: Engine, then: Engine, corpus: readonly string[], rounds: number, label: string): void {
  round(now, then, corpus); // warm-up: both engines compiled before timing
  const timed: Times[] = [];
  for (let r = 0; r < rounds; r++) timed.push(round(now, then, corpus));
  const rows = [...timed[0].stages.keys(), 'whole pipeline'].map((name) => {
    const pairs = timed.map((t) => (name === 'whole pipeline' ? t.total : t.stages.get(name) ?? [0, 0]));
    const sum = pairs.reduce((acc, [a, b]) => [acc[0] + a, acc[1] + b], [0, 0]);
    const ratios = pairs.map(([a, b]) => a / b).sort((x, y) => x - y);
    return [name, f(sum[0] / rounds, 1), f(sum[1] / rounds, 1), f(sum[0] / sum[1]), `${f(ratios[0])}–${f(ratios[ratios.length - 1])}`];
  });
  const mb = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0) / 2 ** 20;
  process.stdout.write(`Working tree against ${label}: ${f(mb, 2)} MB corpus, ${corpus.length} texts, ${rounds} rounds, each article through both engines in turn\n\n`);
  process.stdout.write(formatTable(['stage', 'now ms/round', `${label} ms/round`, 'now / then', 'range over rounds'], rows, ['left', 'right', 'right', 'right', 'right']) + '\n');
}
