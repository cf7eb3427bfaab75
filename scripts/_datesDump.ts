import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/core/index';
import type { Analysis } from '../src/core/model';
import { PIPELINE } from '../src/core/pipeline';
import { dates } from '../src/core/extractors/dates';
// Runs the dates stage on frozen pre-dates analyses (so other stages' edits don't leak in).
const out = process.argv[2];
const inputsFile = '/tmp/datesperf/inputs.json';
mkdirSync(out, { recursive: true });
if (!existsSync(inputsFile)) {
  const root = '/work/main/';
  const files = ['samples/', 'test/fixtures/'].flatMap((d) => readdirSync(root + d).filter((f) => f.endsWith('.txt')).map((f) => d + f));
  const texts = files.map((f) => readFileSync(root + f, 'utf8'));
  const body = texts.map((a) => a.split('\n').slice(1).join('\n')).join('\n\n');
  let big = 'date 2023-02-13 Big\n\n';
  while (big.length < 200 * 1024) big += body + '\n\n';
  const docs = readFileSync('/work/shared/eval/tbaq-timebank-aquaint/docs.dev.jsonl', 'utf8').trim().split('\n').slice(0, 300).map((l) => JSON.parse(l));
  const items: { name: string; text: string; opts: object }[] = [
    ...files.map((f, i) => ({ name: f.replace(/\//g, '_'), text: texts[i], opts: {} })),
    { name: 'synthetic200k', text: big.slice(0, 200 * 1024), opts: {} },
    ...docs.map((d) => ({ name: 'tbaq_' + d.id, text: d.text, opts: d.referenceDate ? { referenceDate: d.referenceDate.slice(0, 10) } : {} })),
  ];
  const di = PIPELINE.findIndex((s) => s.name === 'dates');
  const inputs = items.map(({ name, text, opts }) => {
    let a: Analysis = { ...analyze('', opts), text };
    for (const st of PIPELINE.slice(0, di)) a = st.run(a, opts);
    return { name, opts, a };
  });
  writeFileSync(inputsFile, JSON.stringify(inputs));
}
const inputs: { name: string; opts: object; a: Analysis }[] = JSON.parse(readFileSync(inputsFile, 'utf8'));
const result: Record<string, unknown> = {};
for (const { name, opts, a } of inputs) {
  const r = dates.run(a, opts);
  result[name] = { dates: r.dates, figures: r.figures };
}
writeFileSync(`${out}/all.json`, JSON.stringify(result, null, 1));
console.log('dumped', inputs.length);
