import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/index';
import type { Figure } from '../../src/core/model';
import { UNIT_NAMES, UNIT_SYMBOLS } from '../../src/core/lexicon/units';
import { emptyFigureTally, figureSummary, scoreFigures, type FigureTally, type GoldFigure } from './figureScore';
import type { EvalRow, EvalTask } from './types';

interface Case {
  id: string;
  text: string;
  expected?: Array<{ text: string; start: number; end: number; value: unknown; range?: [number, number]; unit?: unknown }>;
  expectedValues?: number[];
}

const readJsonl = (path: string): Case[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

const MEASURES = new Set([...UNIT_NAMES.values(), ...UNIT_SYMBOLS.values()].map((u) => u.unit));
const SCALES_OF_HEAT = new Set(['celsius', 'fahrenheit', 'kelvin']);
const TEMPERATURES = new Set([...SCALES_OF_HEAT, 'degree']);
const TIME_UNITS = new Set([...UNIT_NAMES.values()].filter((u) => u.category === 'time').map((u) => u.unit));

/** The kind a figure has apart from being a range: "20-30%" is a percent. */
function baseKind(f: Figure): string {
  if (f.kind !== 'range') return f.kind;
  if (f.unit === '%' || f.unit === 'percentage point') return 'percent';
  if (f.unit && /^[A-Z]{3}$/.test(f.unit)) return 'money';
  if (f.unit && TIME_UNITS.has(f.unit)) return 'duration';
  return f.unit ? 'quantity' : 'count';
}

/** Which predictions each Recognizers-Text model would report: they annotate one type each. */
const FILTERS: Record<string, (f: Figure) => boolean> = {
  NumberModel: (f) => f.kind !== 'ordinal',
  PercentModel: (f) => baseKind(f) === 'percent',
  CurrencyModel: (f) => baseKind(f) === 'money',
  // A bound or a hedge is an interval there; an exact qualifier ("just 5") is none.
  NumberRangeModel: (f) => f.kind === 'range' || (f.qualifier !== undefined && f.approximate),
  DimensionModel: (f) => baseKind(f) === 'quantity' && f.unit !== null && MEASURES.has(f.unit) && !SCALES_OF_HEAT.has(f.unit),
  TemperatureModel: (f) => baseKind(f) === 'quantity' && f.unit !== null && TEMPERATURES.has(f.unit),
  AgeModel: (f) => baseKind(f) === 'duration',
  OrdinalModel: (f) => f.kind === 'ordinal',
  quantulum3: (f) => f.kind !== 'ordinal',
};

/** Recognizers-Text writes values as strings: "75000000", "100%", "[20,30)", "(30,)". */
function recognizersGold(e: NonNullable<Case['expected']>[number]): GoldFigure | null {
  const raw = typeof e.value === 'string' ? e.value : '';
  const interval = /^[[(](-?[\d.E+-]*),(-?[\d.E+-]*)[\])]$/.exec(raw);
  if (interval) {
    const bound = (s: string) => (s === '' ? null : Number(s));
    return { start: e.start, end: e.end, text: e.text, value: null, interval: [bound(interval[1]), bound(interval[2])] };
  }
  const n = Number(raw.replace(/%$/, ''));
  return raw && raw !== 'null' && Number.isFinite(n) ? { start: e.start, end: e.end, text: e.text, value: n } : null;
}

/** quantulum3 gives ranges as a midpoint plus `range`; bare years count as numbers there, and are dates here. */
function quantulumGold(e: NonNullable<Case['expected']>[number]): GoldFigure | null {
  if (e.unit === 'dimensionless' && /^\d{4}$/.test(e.text) && Number(e.text) >= 1000 && Number(e.text) <= 2100) return null;
  const value = Number(e.value);
  return { start: e.start, end: e.end, text: e.text, value, ...(e.range ? { interval: e.range } : {}) };
}

const predict = (text: string): Figure[] => [...analyze(text).figures];

function scoreFile(path: string, dataset: string, filter: (f: Figure) => boolean, gold: typeof quantulumGold, tally: FigureTally, limit?: number): EvalRow[] {
  const own = emptyFigureTally();
  const cases = readJsonl(path).filter((c) => c.expected);
  for (const c of limit ? cases.slice(0, limit) : cases) {
    const g = (c.expected ?? []).map(gold).filter((x): x is GoldFigure => x !== null);
    scoreFigures(c.id, g, predict(c.text).filter(filter), own);
  }
  if (process.env.POLICY_LENS_EVAL_DEBUG === 'figures') process.stderr.write(own.errors.map((e) => `${dataset}\t${e}\n`).join(''));
  if (tally !== own) Object.assign(tally, { gold: tally.gold + own.gold, predicted: tally.predicted + own.predicted, matched: tally.matched + own.matched, valueRight: tally.valueRight + own.valueRight });
  return rows(dataset, own);
}

const rows = (dataset: string, t: FigureTally): EvalRow[] =>
  Object.entries(figureSummary(t)).map(([metric, value]) => ({ task: 'figures', dataset, metric, value, n: metric === 'value-acc' ? t.matched : t.gold }));

/** quantulum3's spelled-out numbers have values but no spans: the values found, in order, must equal the list. */
function spellout(path: string): EvalRow[] {
  const cases = readJsonl(path).filter((c) => c.expectedValues);
  const right = cases.filter((c) => {
    const got = predict(c.text).map((f) => f.value);
    return got.length === c.expectedValues!.length && got.every((v, k) => v !== null && Math.abs(v - c.expectedValues![k]) < 1e-6);
  });
  return [{ task: 'figures', dataset: 'quantulum3-spellout', metric: 'value-acc', value: cases.length ? right.length / cases.length : 0, n: cases.length }];
}

const MAIN_MODELS = ['NumberModel', 'PercentModel', 'CurrencyModel', 'NumberRangeModel', 'DimensionModel', 'AgeModel', 'TemperatureModel'];

/** Figure span P/R/F1 (overlap) and value accuracy on Recognizers-Text number models and quantulum3, per dataset and overall. */
export const figuresTask: EvalTask = {
  name: 'figures',
  async run(evalDir, limit) {
    const out: EvalRow[] = [];
    const overall = emptyFigureTally();
    for (const model of [...MAIN_MODELS, 'OrdinalModel']) {
      const path = join(evalDir, 'recognizers-text', `number_${model}.dev.jsonl`);
      const tally = model === 'OrdinalModel' ? emptyFigureTally() : overall;
      if (existsSync(path)) out.push(...scoreFile(path, `recognizers-${model}`, FILTERS[model], recognizersGold, tally, limit));
    }
    const q = join(evalDir, 'quantulum3', 'quantities.dev.jsonl');
    if (existsSync(q)) {
      out.push(...scoreFile(q, 'quantulum3', FILTERS.quantulum3, quantulumGold, overall, limit));
      out.push(...spellout(q));
    }
    return [...out, ...rows('overall', overall)];
  },
};
