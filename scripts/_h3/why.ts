// Not committed: show how one quote was attributed. Usage: why.ts <substring of quote> [articleIdPart]
import { readFileSync } from 'node:fs';
import { dateline } from '../../src/core/segment/dateline';
import { paragraphs } from '../../src/core/segment/paragraphs';
import { sentences } from '../../src/core/segment/sentences';
import { quotes } from '../../src/core/extractors/quotes';
import { speakers } from '../../src/core/extractors/speakers';
import type { Analysis } from '../../src/core';
const [needle, idPart] = process.argv.slice(2);
for (const l of readFileSync('/work/shared/eval/polnear/articles.dev.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const a = JSON.parse(l);
  if (idPart && !a.id.includes(idPart)) continue;
  const at = a.text.indexOf(needle);
  if (at < 0) continue;
  let an = { text: a.text, article: { date: null, title: null, bodyStart: 0, dateline: null, headline: null, referenceDate: null }, paragraphs: [], sentences: [], entities: [], quotes: [], figures: [], dates: [], claims: [], warnings: [] } as Analysis;
  for (const s of [dateline, paragraphs, sentences, quotes, speakers]) an = s.run(an, {});
  console.log('article', a.id);
  const lo = Math.max(0, at - 600), hi = at + 400;
  for (const s of an.sentences) if (s.end > lo && s.start < hi) console.log(`  S[${s.start},${s.end}] ${s.paragraphId}: ${JSON.stringify(a.text.slice(s.start, s.end))}`);
  for (const q of an.quotes) if (q.end > lo && q.start < hi) console.log(`  Q ${q.id} ${q.kind} ${JSON.stringify(q.text.slice(0, 60))} → ${q.speaker ? `${q.speaker.mention.text} [${q.speaker.method}] cue=${q.speaker.cue?.text} name=${q.speaker.name}` : 'null'}`);
  for (const g of a.quotes) if (g.end > lo && g.start < hi) console.log(`  G ${JSON.stringify(g.text.slice(0, 60))} → ${g.speaker}`);
  break;
}
