import type { Paragraph, Quote } from '../model';
import { dashDialogue } from './dashDialogue';
import { transcriptTurns } from './transcriptTurns';

type Draft = { -readonly [K in keyof Quote]: Quote[K] };

/** Whether marked quote `q` holds all the words of [start, end), as in `Q: "Will bills rise?"`. */
const fills = (q: Quote, start: number, end: number) => q.start === start && q.end >= end - 1;

/**
 * Adds speech printed without marks, transcript turns and dash dialogue,
 * to the marked quotes: a turn's marked quotes nest in it, and ids are
 * given anew in text order. A turn that is one marked quote stays that quote.
 * `RUIZ: We said "never" then.` → `We said "never" then.` holding `"never"`.
 */
export function withUnmarked(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[]): readonly Quote[] {
  const spans: { start: number; end: number; unmarked: 'turn' | 'dash' }[] = [];
  for (const t of transcriptTurns(text, paragraphs)) if (!quotes.some((q) => fills(q, t.start, t.end))) spans.push({ start: t.start, end: t.end, unmarked: 'turn' });
  for (const d of dashDialogue(text, paragraphs, quotes)) spans.push({ ...d, unmarked: 'dash' });
  if (spans.length === 0) return quotes;
  spans.sort((a, b) => a.start - b.start);
  const all: Draft[] = [];
  let k = 0;
  for (const q of quotes) {
    while (k < spans.length && spans[k].start <= q.start) all.push(fromSpan(text, spans[k++]));
    all.push({ ...q });
  }
  while (k < spans.length) all.push(fromSpan(text, spans[k++]));
  const ids = new Map<string, string>();
  all.forEach((q, i) => {
    ids.set(q.id, `q${i + 1}`);
    q.id = `q${i + 1}`;
  });
  let holder: Draft | null = null;
  for (const q of all) {
    if (q.unmarked) {
      holder = q;
      continue;
    }
    if (q.parentId) q.parentId = ids.get(q.parentId);
    if (q.nestedIds) q.nestedIds = q.nestedIds.map((id) => ids.get(id) ?? id);
    if (!q.parentId && holder && q.start >= holder.start && q.end <= holder.end) {
      q.parentId = holder.id;
      holder.nestedIds = [...(holder.nestedIds ?? []), q.id];
    }
  }
  return all;
}

function fromSpan(text: string, s: { start: number; end: number; unmarked: 'turn' | 'dash' }): Draft {
  const content = s.unmarked === 'dash' ? contentAfterDash(text, s.start, s.end) : { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
  return { id: '', start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'speech', content, speaker: null, unclosed: false, unmarked: s.unmarked };
}

/** The words after a dialogue's dash and its spaces: `— We had, ` → `We had,`. */
function contentAfterDash(text: string, start: number, end: number) {
  let s = start + 1;
  while (s < end && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0xa0)) s++;
  return { start: s, end, text: text.slice(s, end) };
}
