import type { Figure, FigureKind } from '../../model';
import type { Candidate } from './candidate';
import type { Token } from './tokens';

/** Rounds away the float noise of scaling: 48.2 * 1e6 → 48200000, not 48200000.00000001. */
function tidy(v: number): number {
  const r = Math.round(v);
  if (Math.abs(v - r) < 1e-9 * Math.max(1, Math.abs(v))) return r;
  // Most written numbers have at most four decimals and are already the double nearest them: no string round trip.
  if (Math.abs(v) < 1e10 && Math.round(v * 1e4) / 1e4 === v) return v;
  return Number(v.toPrecision(15));
}

function kindOf(c: Candidate): FigureKind {
  if (c.multiplier || c.unit?.kind === 'multiplier') return 'multiplier';
  if (c.upper) return c.ageDecade ? 'duration' : 'range';
  // "150 others": a count of a noun said before, with no unit of its own.
  if (c.unit) return c.unit.unit === null && c.unit.category === 'count' ? 'count' : c.unit.kind;
  return c.amount?.form === 'ordinal' ? 'ordinal' : 'count';
}

/**
 * The Figure a checked candidate stands for, with offsets into the text.
 * "about 40 tonnes" → { kind: 'quantity', value: 40, unit: 'tonne', approximate: true, qualifier: 'about' }.
 */
export function toFigure(text: string, tokens: readonly Token[], c: Candidate, id: string): Figure {
  const start = tokens[c.start].start;
  const end = tokens[c.end - 1].end;
  const kind = kindOf(c);
  const raw = c.multiplier ? c.multiplier.value : c.vague ? null : (c.amount?.value ?? null);
  const value = raw === null ? null : tidy(raw);
  const approximate = (c.qualifier?.approximate ?? false) || value === null;
  const unit = kind === 'multiplier' || !c.unit ? null : c.unit.unit;
  const figure: { -readonly [K in keyof Figure]: Figure[K] } = { id, start, end, text: text.slice(start, end), kind, value, unit, approximate };
  // Set after, not spread in: spreading an object literal is the slow path of building one.
  // An exact qualifier is kept too: "just 0.6%" reads as a small share, and a checker wants the stress.
  if (c.qualifier) figure.qualifier = c.qualifier.text;
  if (c.upper && c.amount) figure.range = { from: tidy(c.amount.value), to: tidy(c.upper.value) };
  return figure;
}
