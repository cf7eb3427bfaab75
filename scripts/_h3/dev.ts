// Not committed: fast dev loop for quotes+speakers (stages up to speakers only).
import { readFileSync, writeFileSync } from 'node:fs';
import { dateline } from '../../src/core/segment/dateline';
import { paragraphs } from '../../src/core/segment/paragraphs';
import { sentences } from '../../src/core/segment/sentences';
import { quotes } from '../../src/core/extractors/quotes';
import { speakers } from '../../src/core/extractors/speakers';
import type { Analysis } from '../../src/core';
import { SELECTIONS, quoteRows } from '../eval/quotes';
import { newTally, scoreArticle, type Article, type Miss } from '../eval/quoteScore';
const stages = [dateline, paragraphs, sentences, quotes, speakers];
const lines = readFileSync('/work/shared/eval/polnear/articles.dev.jsonl', 'utf8').split('\n').filter(Boolean);
const tallies = SELECTIONS.map(newTally);
const dump: Miss[] = [];
let ms = 0, bytes = 0;
for (const l of lines) {
  const a = JSON.parse(l) as Article;
  let an = { text: a.text, article: { date: null, title: null, bodyStart: 0, dateline: null, headline: null, referenceDate: null }, paragraphs: [], sentences: [], entities: [], quotes: [], figures: [], dates: [], claims: [], warnings: [] } as Analysis;
  const t0 = performance.now();
  for (const s of stages) an = s.run(an, {});
  ms += performance.now() - t0; bytes += a.text.length;
  SELECTIONS.forEach((s, i) => scoreArticle(a, an.quotes.filter(s.keep), tallies[i], i === 0 ? (m) => dump.push({ pub: a.publisher, ...m }) : undefined));
}
writeFileSync(process.argv[2] ?? '/tmp/h3/dev.jsonl', dump.map((d) => JSON.stringify(d)).join('\n'));
for (const r of quoteRows(tallies, newTally(), newTally()).slice(0, 13)) console.log(r.value.toFixed(3).padStart(8), String(r.n).padStart(6), r.metric);
console.log(`${(ms / (bytes / 2048)).toFixed(3)} ms per 2 KB (first run incl. warmup)`);
