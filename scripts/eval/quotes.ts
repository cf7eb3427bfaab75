import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { analyze, type Quote } from '../../src/core';
import { newTally, scoreArticle, type Article, type Miss, type Tally } from './quoteScore';
import { scoreBaseline } from './quoteSpans';
import type { EvalRow, EvalTask } from './types';

async function* articles(path: string): AsyncGenerator<Article> {
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim()) yield JSON.parse(line) as Article;
  }
}

/** Marks the dataset's conversion turned into gold quotes; it never annotated '' … '' or ‘ … ’. */
const ANNOTATED_MARKS = /^(?:["\u201c]|``)/;
const isSpeech = (q: Quote) => !q.parentId && q.kind === 'speech';
const keeping = (keep: (q: Quote) => boolean) => (quotes: readonly Quote[]) => quotes.filter(keep);

/**
 * The speech quotes in marks, read as if the engine printed no unmarked speech: a quote in marks nested in a
 * transcript turn (`RUIZ: We said "never" then.`) stands at the top, where it stood before turns were read.
 */
export function speechInMarks(quotes: readonly Quote[]): Quote[] {
  const unmarked = new Set<string>();
  for (const q of quotes) if (q.unmarked) unmarked.add(q.id);
  return quotes.filter((q) => q.kind === 'speech' && !q.unmarked && (!q.parentId || unmarked.has(q.parentId)));
}

/** The ways of choosing predicted quotes that the table reports, the README's first. */
export const SELECTIONS: readonly { readonly label: string; readonly choose: (quotes: readonly Quote[]) => Quote[] }[] = [
  { label: 'speech', choose: keeping(isSpeech) },
  { label: 'speech, marks the dataset annotates only (secondary)', choose: keeping((q) => isSpeech(q) && ANNOTATED_MARKS.test(q.text)) },
  { label: 'every kind: speech, scare and title', choose: keeping((q) => !q.parentId) },
  // The dataset's conversion made gold quotes from marks only: a transcript's turns and dash dialogue are never gold.
  { label: 'speech in quote marks only: no transcript turns or dash dialogue', choose: speechInMarks },
];

/**
 * Quote spans and speakers on PolNeAR, scored as ../shared/eval/README.md says:
 * every top-level quote the engine emits as speech against every gold quote.
 * POLICY_LENS_EVAL_DUMP=file writes the primary row's errors as JSON lines.
 */
export const quotesTask: EvalTask = {
  name: 'quotes',
  async run(evalDir, limit = Infinity) {
    const tallies: Tally[] = SELECTIONS.map(newTally);
    let unmarked = 0;
    const base = newTally();
    const straight = newTally();
    const dump: Miss[] = [];
    let n = 0;
    for await (const a of articles(join(evalDir, 'polnear', 'articles.dev.jsonl'))) {
      if (n++ >= limit) break;
      const analysis = analyze(a.text, a.publicationDate ? { referenceDate: a.publicationDate } : {});
      SELECTIONS.forEach((s, i) => scoreArticle(a, s.choose(analysis.quotes), tallies[i], i === 0 ? (m) => dump.push(m) : undefined));
      for (const q of analysis.quotes) if (q.unmarked && isSpeech(q)) unmarked++;
      scoreBaseline(a, a.text, base);
      scoreBaseline(a, a.text.replace(/[\u201c\u201d]/g, '"'), straight);
    }
    if (process.env.POLICY_LENS_EVAL_DUMP) writeFileSync(process.env.POLICY_LENS_EVAL_DUMP, dump.map((d) => JSON.stringify(d)).join('\n'));
    return quoteRows(tallies, base, straight, unmarked);
  },
};

const f1 = (t: Tally) => (t.pred + t.gold ? (2 * t.tp) / (t.pred + t.gold) : 0);
const row = (metric: string, value: number, n: number): EvalRow => ({ task: 'quotes', dataset: 'polnear.dev', metric, value, n });

/** The table: precision, recall, F1 per selection, speakers on the primary one, then the baselines. */
export function quoteRows(tallies: readonly Tally[], base: Tally, straight: Tally, unmarked: number): EvalRow[] {
  const [main, annotated, all, marked] = tallies;
  return [
    row('span precision (speech)', main.pred ? main.tp / main.pred : 0, main.pred),
    row('span recall (speech)', main.gold ? main.tp / main.gold : 0, main.gold),
    row('span F1 (speech)', f1(main), main.gold),
    row('speaker-mention accuracy', main.spk ? main.spkOk / main.spk : 0, main.spk),
    row('pronoun speaker → name (silver)', main.pro ? main.proOk / main.pro : 0, main.pro),
    row('unattributed segments returned as speech', main.unattr ? main.unattrBack / main.unattr : 0, main.unattr),
    row('  same, count', main.unattrBack, main.unattr),
    row("speech quotes in marks the dataset never annotates ('' … '', ‘ … ’)", main.pred - annotated.pred, main.pred),
    row(`span precision (${SELECTIONS[1].label})`, annotated.pred ? annotated.tp / annotated.pred : 0, annotated.pred),
    row(`span F1 (${SELECTIONS[1].label})`, f1(annotated), annotated.gold),
    row(`span precision (${SELECTIONS[2].label})`, all.pred ? all.tp / all.pred : 0, all.pred),
    row(`span recall (${SELECTIONS[2].label})`, all.gold ? all.tp / all.gold : 0, all.gold),
    row(`span F1 (${SELECTIONS[2].label})`, f1(all), all.gold),
    row(`unattributed segments returned (${SELECTIONS[2].label})`, all.unattr ? all.unattrBack / all.unattr : 0, all.unattr),
    row('speech printed without quote marks (transcript turns, dash dialogue)', unmarked, main.pred),
    row(`span F1 (${SELECTIONS[3].label})`, f1(marked), marked.gold),
    row('baseline /"[^"]*"/g span F1', f1(base), base.gold),
    row('baseline, curly marks made straight, span F1', f1(straight), straight.gold),
  ];
}
