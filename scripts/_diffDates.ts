import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/core/index';
import { findFigures } from '../src/core/extractors/figures/findFigures';
const dir = '/work/shared/eval/recognizers-text/';
const files = readdirSync(dir).filter((f) => f.startsWith('number_')).map((f) => dir + f).concat(['/work/shared/eval/quantulum3/quantities.dev.jsonl']);
for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line);
  const mine = findFigures(c.text).map((x) => x.text);
  const kept = new Set(analyze(c.text).figures.map((x) => x.text));
  const lost = mine.filter((t) => !kept.has(t));
  if (lost.length) console.log(c.id, JSON.stringify(c.text.slice(0, 80)), '→ dropped', lost.join(' | '));
}
