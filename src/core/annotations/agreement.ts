import type { Analysis } from '../model';
import { exportItems } from '../export/exportItems';
import type { ExportItem } from '../export/exportItems';

export interface LabelAgreement {
  readonly label: string;
  /** Spans both annotators marked with this label, at the same offsets. */
  readonly both: number;
  readonly onlyA: number;
  readonly onlyB: number;
  /** 2·both / (2·both + onlyA + onlyB); null when neither marked any. */
  readonly f1: number | null;
}

export interface Disagreement {
  readonly kind: 'only-a' | 'only-b' | 'claim-type' | 'speaker';
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What each annotator said, for type and speaker disagreements. */
  readonly a?: string;
  readonly b?: string;
}

export interface Agreement {
  readonly labels: readonly LabelAgreement[];
  /** Cohen's kappa on the types of claims both marked; null when undefined (no claims, or one category only). */
  readonly claimTypeKappa: number | null;
  readonly matchedClaims: number;
  readonly disagreements: readonly Disagreement[];
}

const key = (i: ExportItem) => `${i.label}\u0000${i.start}\u0000${i.end}`;

/** Cohen's kappa over paired labels: (po − pe) / (1 − pe). */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number | null {
  if (!pairs.length) return null;
  const po = pairs.filter(([x, y]) => x === y).length / pairs.length;
  const count = (side: 0 | 1) => pairs.reduce((m, p) => m.set(p[side], (m.get(p[side]) ?? 0) + 1), new Map<string, number>());
  const [ca, cb] = [count(0), count(1)];
  let pe = 0;
  for (const [label, n] of ca) pe += (n / pairs.length) * ((cb.get(label) ?? 0) / pairs.length);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/**
 * How far two annotators' merged analyses of the same text agree: span F1
 * per label (exact offsets), kappa on claim types, and each disagreement.
 * agreement(a, b) → { labels: [{ label: 'Quote', both: 3, onlyA: 1, onlyB: 0, f1: 0.857 }], claimTypeKappa: 0.6, … }
 */
export function agreement(a: Analysis, b: Analysis): Agreement {
  const itemsA = new Map(exportItems(a).map((i) => [key(i), i]));
  const itemsB = new Map(exportItems(b).map((i) => [key(i), i]));
  const counts = new Map<string, { both: number; onlyA: number; onlyB: number }>();
  const bump = (label: string, k: 'both' | 'onlyA' | 'onlyB') => {
    const c = counts.get(label) ?? { both: 0, onlyA: 0, onlyB: 0 };
    counts.set(label, { ...c, [k]: c[k] + 1 });
  };
  const disagreements: Disagreement[] = [];
  const pairs: [string, string][] = [];
  const where = (i: ExportItem) => ({ label: i.label, start: i.start, end: i.end, text: i.text });
  for (const [k, x] of itemsA) {
    const y = itemsB.get(k);
    if (!y) {
      bump(x.label, 'onlyA');
      disagreements.push({ kind: 'only-a', ...where(x) });
      continue;
    }
    bump(x.label, 'both');
    if (x.claimType && y.claimType) pairs.push([x.claimType, y.claimType]);
    if (x.claimType !== y.claimType) disagreements.push({ kind: 'claim-type', ...where(x), a: x.claimType ?? '', b: y.claimType ?? '' });
    if ((x.speaker ?? '') !== (y.speaker ?? '')) disagreements.push({ kind: 'speaker', ...where(x), a: x.speaker ?? '', b: y.speaker ?? '' });
  }
  for (const [k, y] of itemsB) if (!itemsA.has(k)) {
    bump(y.label, 'onlyB');
    disagreements.push({ kind: 'only-b', ...where(y) });
  }
  const labels = [...counts].sort(([l1], [l2]) => (l1 < l2 ? -1 : 1)).map(([label, c]) => {
    const denominator = 2 * c.both + c.onlyA + c.onlyB;
    return { label, ...c, f1: denominator ? (2 * c.both) / denominator : null };
  });
  disagreements.sort((x, y) => x.start - y.start || x.end - y.end);
  return { labels, claimTypeKappa: cohensKappa(pairs), matchedClaims: pairs.length, disagreements };
}
