import type { Figure } from '../../model';

/** What stands between a hanging hyphen's number and the next one: "10- and 11-", "5- or 6-", "10- to 15-". */
const LINK = /^-\s+(and|or|to)\s+$/;

/**
 * A bare number whose hyphen hangs takes the unit written once after the
 * next number: "10- and 11-year-olds" → 10 years, "5- or 6-metre waves" →
 * 5 metres, and with "to" the two make one range: "10- to 15-year
 * sentences" → 10–15 years. A number without the hyphen keeps its kind
 * ("10 and 11-year-olds" may count anything).
 */
export function withSuspendedHyphens(text: string, figures: Figure[]): Figure[] {
  let out: Figure[] | null = null;
  for (let k = 0; k < figures.length; k++) {
    const a = figures[k];
    const b = figures[k + 1];
    const link = b && hangs(text, a, b) ? LINK.exec(text.slice(a.end, b.start)) : null;
    if (!link) {
      out?.push(a);
      continue;
    }
    out ??= figures.slice(0, k);
    if (link[1] === 'to' && a.value! < b.value!) {
      out.push({ ...b, id: a.id, start: a.start, text: text.slice(a.start, b.end), kind: 'range', value: a.value, range: { from: a.value!, to: b.value! } });
      k++;
    } else {
      out.push({ ...a, kind: b.kind, unit: b.unit });
    }
  }
  return out ?? figures;
}

/** A count right before a hyphen, and a measured figure a link word after it: the cheap checks first. */
function hangs(text: string, a: Figure, b: Figure): boolean {
  if (a.kind !== 'count' || a.unit !== null || a.value === null || text.charCodeAt(a.end) !== 45) return false;
  return b.start - a.end <= 6 && b.value !== null && b.kind !== 'range' && (b.unit !== null || b.kind === 'multiplier');
}
