import { readFileSync } from 'node:fs';
import { findFigures } from '../src/core/extractors/figures/findFigures';
const lines = readFileSync('/work/shared/eval/polnear/articles.dev.jsonl', 'utf8').split('\n').filter(Boolean);
const start = Number(process.argv[2] ?? 0), n = Number(process.argv[3] ?? 5);
for (const l of lines.slice(start, start + n)) {
  const a = JSON.parse(l);
  const figs = findFigures(a.text);
  for (const f of figs) {
    const ctx = a.text.slice(Math.max(0, f.start - 30), f.end + 25).replace(/\s+/g, ' ');
    console.log(`${f.kind}\t${f.value}\t${f.unit ?? ''}\t${f.qualifier ?? ''}\t[${f.text}]\t…${ctx}…`);
  }
}
