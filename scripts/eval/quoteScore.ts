import type { Quote } from '../../src/core';
import { matches, overlaps, segments, toUtf16, type Pair } from './quoteSpans';

export interface GoldQuote { start: number; end: number; text: string; speaker: string; speakerIsPronoun: boolean; speakerSpans?: Pair[] }
interface Attribution { source: { text: string; spans: Pair[] } | null }
export interface Article {
  id: string; publisher?: string; publicationDate?: string; text: string; quotes: GoldQuote[];
  unattributedQuotedSegments?: { start: number; end: number }[]; attributions?: Attribution[];
}
interface Predicted { start: number; end: number; mention: Pair | null; name: string | null; quote: Quote }

/** Running totals of one way of choosing the predicted quotes. */
export interface Tally { gold: number; pred: number; tp: number; spk: number; spkOk: number; pro: number; proOk: number; unattr: number; unattrBack: number }
export const newTally = (): Tally => ({ gold: 0, pred: 0, tp: 0, spk: 0, spkOk: 0, pro: 0, proOk: 0, unattr: 0, unattrBack: 0 });

const PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const NAME_WORD = /\p{Lu}[\p{L}'’-]{2,}/gu;
/** Silver antecedent of a pronoun speaker: the last named source of a gold attribution before it. */
function antecedent(a: Article, at: number, cp: (n: number) => number): string | null {
  let best: { end: number; text: string } | null = null;
  for (const r of a.attributions ?? []) {
    const s = r.source;
    if (!s?.spans?.length || !(s.text.match(NAME_WORD) ?? []).length || PRONOUNS.has(s.text.trim().toLowerCase())) continue;
    const end = cp(s.spans[s.spans.length - 1][1]);
    if (end <= at && (!best || end > best.end)) best = { end, text: s.text };
  }
  return best?.text ?? null;
}
const sameName = (predicted: string | null, gold: string) => !!predicted && (predicted.match(NAME_WORD) ?? []).some((w) => gold.includes(w));

export type Miss = Record<string, unknown>;

/**
 * Scores one article's chosen quotes against its gold quotes into `t`, and
 * hands each error to `miss` for the dump. Gold quotes are always all counted.
 */
export function scoreArticle(a: Article, quotes: readonly Quote[], t: Tally, miss?: (m: Miss) => void): void {
  const cp = toUtf16(a.text);
  const pred: Predicted[] = quotes.flatMap((q) => segments(a.text, q.start, q.end).map(([start, end]) => ({
    start, end, name: q.speaker?.name ?? null, quote: q,
    mention: q.speaker ? ([q.speaker.mention.start, q.speaker.mention.end] as Pair) : null,
  })));
  const used = new Set<Predicted>();
  t.pred += pred.length;
  for (const g0 of a.quotes) {
    const g = { ...g0, start: cp(g0.start), end: cp(g0.end) };
    t.gold++;
    const p = pred.find((x) => !used.has(x) && matches(x, g));
    if (!p) { miss?.({ id: a.id, miss: 'fn', gold: g.text, context: a.text.slice(Math.max(0, g.start - 150), g.end + 80) }); continue; }
    used.add(p);
    t.tp++;
    if (!g.speakerSpans?.length) continue;
    const spans = g.speakerSpans.map(([s, e]) => [cp(s), cp(e)] as Pair);
    t.spk++;
    if (p.mention && spans.some((s) => overlaps(s, p.mention!))) t.spkOk++;
    else miss?.({ id: a.id, miss: 'speaker', gold: g.speaker, goldAt: spans[0], at: [g.start, g.end], method: p.quote.speaker?.method, kind: p.quote.kind, predicted: p.mention && a.text.slice(...p.mention), quote: g.text.slice(0, 80), context: a.text.slice(Math.max(0, Math.min(g.start, spans[0][0]) - 200), Math.max(g.end, spans[0][1]) + 80) });
    if (g.speakerIsPronoun && PRONOUNS.has(g.speaker.trim().toLowerCase())) {
      const gold = antecedent(a, spans[0][0], cp);
      if (!gold) continue;
      t.pro++;
      if (sameName(p.name, gold)) t.proOk++;
      else miss?.({ id: a.id, miss: 'pronoun', gold, predicted: p.name, context: a.text.slice(Math.max(0, spans[0][0] - 500), spans[0][1] + 10) });
    }
  }
  for (const p of pred) if (!used.has(p)) miss?.({ id: a.id, miss: 'fp', text: a.text.slice(p.start, p.end), context: a.text.slice(Math.max(0, p.start - 150), p.end + 80) });
  for (const u of a.unattributedQuotedSegments ?? []) {
    t.unattr++;
    if (pred.some((p) => matches(p, { start: cp(u.start), end: cp(u.end) }))) t.unattrBack++;
  }
}
