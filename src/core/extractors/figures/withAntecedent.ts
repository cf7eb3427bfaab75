import type { Figure } from '../../model';

/** How far back, in characters, the noun a stand-in plural counts may stand. */
const REACH = 160;

/** True when text[from, to) holds a mark that ends a sentence or a clause list: a loop, no slice. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

/**
 * A count of "others" takes the plural counted by the figure just before it
 * in the same sentence: "49 people were killed and 53 others hurt" → 53
 * people. Without such a figure it stays a count with no unit ("he and two others").
 */
export function withAntecedent(text: string, f: Figure, before: Figure | undefined): Figure {
  if (f.kind !== 'count' || f.unit !== null || !f.text.endsWith('others') || !before || before.kind !== 'quantity' || before.unit === null) return f;
  // A counted plural is named by its own word, as the figure's text ends: "49 people" → "people"; not "30 miles" → "mile".
  const own = before.text.length >= before.unit.length && before.text.slice(-before.unit.length).toLowerCase() === before.unit;
  if (!own || f.start - before.end > REACH || endsSentence(text, before.end, f.start)) return f;
  return { ...f, kind: 'quantity', unit: before.unit };
}
