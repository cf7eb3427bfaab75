import { formatTable } from '../table';
import { round, type Engine, type Pair, type Times } from './runner';

const f = (n: number, digits = 3) => n.toFixed(digits);

/** The sum of the rounds' now/then ratio and the rounds' range, as table cells. */
function ratioCells(pairs: readonly Pair[]): string[] {
  const sum = pairs.reduce((acc, [a, b]) => [acc[0] + a, acc[1] + b], [0, 0]);
  const ratios = pairs.map(([a, b]) => a / b).sort((x, y) => x - y);
  return [f(sum[0] / sum[1]), `${f(ratios[0])}–${f(ratios[ratios.length - 1])}`];
}

/** Runs a warm-up round and `rounds` timed ones, then prints now/then per stage: sum ratio and the rounds' range. */
export function report(now: Engine, then: Engine, corpus: readonly string[], rounds: number, label: string): void {
  round(now, then, corpus); // warm-up: both engines compiled before timing
  const timed: Times[] = [];
  for (let r = 0; r < rounds; r++) timed.push(round(now, then, corpus));
  const rows = [...timed[0].clock.keys()].map((name) => {
    const clock = timed.map((t) => t.clock.get(name) ?? ([0, 0] as Pair));
    const processor = timed.map((t) => t.processor.get(name) ?? ([0, 0] as Pair));
    const perRound = (side: 0 | 1) => f(clock.reduce((n, p) => n + p[side], 0) / rounds, 1);
    return [name, perRound(0), perRound(1), ...ratioCells(clock), ...ratioCells(processor)];
  });
  const mb = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0) / 2 ** 20;
  process.stdout.write(`Working tree against ${label}: ${f(mb, 2)} MB corpus, ${corpus.length} texts, ${rounds} rounds, each article through both engines in turn\n`);
  process.stdout.write(`The processor-time columns are the ones to read on a loaded machine: the clock also counts time other programs took.\n\n`);
  process.stdout.write(
    formatTable(
      ['stage', 'now ms/round', `${label} ms/round`, 'now / then', 'range over rounds', 'processor now / then', 'range'],
      rows,
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ) + '\n',
  );
}
