import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/index';
import type { DateMention } from '../../src/core/model';
import { emptyTally, scoreCase, summary, type Mention, type Tally } from './dateScore';
import type { EvalRow, EvalTask } from './types';

interface Case {
  id: string;
  text: string;
  referenceDate?: string;
  expected: Array<Record<string, unknown> & { text?: string; start?: number; end?: number }>;
}

const readJsonl = (path: string): Case[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

/** The engine's dates for a case, resolved against its reference date (the text has no dateline). */
export function predict(c: Case): DateMention[] {
  const referenceDate = c.referenceDate?.slice(0, 10);
  return [...analyze(c.text, referenceDate ? { referenceDate } : {}).dates];
}

const asMention = (d: DateMention): Mention => ({ start: d.start, end: d.end, values: [d.value, ...(d.range ? [d.range.from] : [])] });

/** Recognizers write a moment as `2018-09-17 02:30:00`; TIMEX3, as the engine does, `2018-09-17T02:30`. */
const isoDateTime = (value: string | undefined): string | undefined =>
  value && /^\d{4}-\d\d-\d\d \d\d:\d\d:00$/.test(value) ? `${value.slice(0, 10)}T${value.slice(11, 16)}` : undefined;

/** Gold readers per dataset: offsets and the accepted values of each expected mention. */
const GOLD: Record<string, (c: Case) => Mention[]> = {
  timex: (c) => c.expected.map((e) => ({ start: e.start ?? 0, end: e.end ?? 0, values: [String(e.value)] })),
  recognizers: (c) =>
    c.expected.map((e) => ({
      start: e.start ?? 0,
      end: e.end ?? 0,
      values: ((e.values as Array<Record<string, string>> | undefined) ?? []).flatMap((v) => [v.timex, v.value, isoDateTime(v.value)].filter((x): x is string => Boolean(x))),
    })),
  chrono: (c) =>
    c.expected.map((e) => {
      const start = Math.max(0, e.text ? c.text.indexOf(e.text) : 0);
      const comps = (e.startComponents ?? {}) as Record<string, number>;
      const iso = String(e.startValue ?? '').slice(0, 10);
      const day = comps.day !== undefined || comps.weekday !== undefined || !e.startComponents ? iso : iso.slice(0, comps.month ? 7 : 4);
      return { start, end: start + (e.text?.length ?? 0), values: [day, iso] };
    }),
};

/** chrono's gold is a day; our value counts when its date part names that day. */
const chronoView = (m: Mention): Mention => ({ ...m, values: m.values.map((v) => v.slice(0, 10)) });

/** A time that recognizers give without a day (`T06:45`) counts when ours names that hour on the day we resolved. */
const recognizersView = (m: Mention): Mention => ({ ...m, values: [...m.values, ...m.values.filter((v) => /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v)).map((v) => v.slice(10))] });

function score(dataset: string, cases: Case[], gold: (c: Case) => Mention[], view = (m: Mention) => m): EvalRow[] {
  const tally: Tally = emptyTally();
  for (const c of cases) scoreCase(gold(c), predict(c).map(asMention).map(view), tally);
  return Object.entries(summary(tally)).map(([metric, value]) => ({ task: 'dates', dataset, metric, value, n: tally.gold }));
}

/** TempEval-3 scoring on TimeBank+AQUAINT (primary), plus the Recognizers-Text and chrono suites. */
export const datesTask: EvalTask = {
  name: 'dates',
  async run(evalDir, limit) {
    const rows: EvalRow[] = [];
    const take = (cases: Case[]) => (limit ? cases.slice(0, limit) : cases);
    const tbaq = join(evalDir, 'tbaq-timebank-aquaint');
    if (existsSync(tbaq)) {
      rows.push(...score('tbaq-docs', take(readJsonl(join(tbaq, 'docs.dev.jsonl'))), GOLD.timex));
      rows.push(...score('tbaq-sentences', take(readJsonl(join(tbaq, 'sentences.dev.jsonl'))), GOLD.timex));
    }
    const rt = join(evalDir, 'recognizers-text');
    if (existsSync(rt)) {
      for (const f of readdirSync(rt).filter((n) => /^datetime_.*\.dev\.jsonl$/.test(n)).sort()) {
        rows.push(...score(`recognizers-${f.replace(/^datetime_|\.dev\.jsonl$/g, '')}`, take(readJsonl(join(rt, f))), GOLD.recognizers, recognizersView));
      }
    }
    const chrono = join(evalDir, 'chrono-tests', 'cases.dev.jsonl');
    if (existsSync(chrono)) rows.push(...score('chrono-tests', take(readJsonl(chrono)), GOLD.chrono, chronoView));
    return rows;
  },
};
