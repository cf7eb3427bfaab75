import type { Analysis, Span } from '../core/model';
import { openingWords } from './claimGroups';

export interface OutlineNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'headline' | 'paragraph' | 'quote';
  /** The whole extent of the symbol. */
  readonly range: { readonly start: number; readonly end: number };
  /** The part to select when the symbol is picked. */
  readonly selection: { readonly start: number; readonly end: number };
  readonly children: readonly OutlineNode[];
}

const within = (outer: { start: number; end: number }, inner: Span) => outer.start <= inner.start && inner.start < outer.end;

/** The body as one paragraph, for analyses that have none yet. */
function bodyParagraphs(analysis: Analysis) {
  if (analysis.paragraphs.length > 0) return analysis.paragraphs;
  const start = analysis.article.bodyStart;
  return analysis.text.trim().length > 0 && start < analysis.text.length ? [{ id: 'p1', start, end: analysis.text.length }] : [];
}

/**
 * The outline of an article: the headline, then each paragraph named by its
 * opening words, with its speech quotes under it named by speaker:
 * [{ kind: 'headline', name: 'Ministers meet' }, { kind: 'paragraph', name: '¶1 The minister…', children: [{ name: '“We will…” — Anna Berg' }] }].
 */
export function outlineNodes(analysis: Analysis): OutlineNode[] {
  return [...eachOutlineNode(analysis)];
}

/** The same nodes one at a time, so a caller can build a large outline in chunks. */
export function* eachOutlineNode(analysis: Analysis): Generator<OutlineNode> {
  const { article, text } = analysis;
  if (article.dateline) {
    const name = article.headline?.text ?? article.dateline.text;
    const selection = article.headline ?? article.dateline;
    yield { name, detail: article.date ?? '', kind: 'headline', range: article.dateline, selection, children: [] };
  }
  // Quotes and paragraphs are both sorted: one sweep hands each paragraph its quotes.
  const speech = analysis.quotes.filter((q) => !q.parentId && q.kind === 'speech');
  let next = 0;
  let i = 0;
  for (const p of bodyParagraphs(analysis)) {
    i++;
    while (next < speech.length && speech[next].start < p.start) next++;
    const quotes: typeof speech = [];
    while (next < speech.length && within(p, speech[next])) quotes.push(speech[next++]);
    const children = quotes.map((q): OutlineNode => ({
      name: `“${openingWords(q.content.text, 6)}” — ${q.speaker?.name ?? 'unattributed'}`,
      detail: q.speaker?.cue?.text ?? '',
      kind: 'quote',
      range: { start: q.start, end: Math.min(q.end, p.end) },
      selection: { start: q.start, end: Math.min(q.end, p.end) },
      children: [],
    }));
    const opening = openingWords(text.slice(p.start, Math.min(p.end, p.start + 200)), 6) || '(empty)';
    yield { name: `¶${i} ${opening}`, detail: '', kind: 'paragraph', range: p, selection: { start: p.start, end: p.start }, children };
  }
}

/**
 * True when two analyses of the same text give the same outline: their speech
 * quotes have the same places, openings and speakers. A review seldom changes
 * them, and asking VS Code to take a long article's outline again costs more
 * than building it.
 */
export function sameOutline(a: Analysis, b: Analysis): boolean {
  if (a.quotes.length !== b.quotes.length || a.paragraphs !== b.paragraphs) return false;
  return a.quotes.every((q, i) => {
    const r = b.quotes[i];
    return q === r || (q.start === r.start && q.end === r.end && q.kind === r.kind && q.parentId === r.parentId &&
      q.content.text === r.content.text && q.speaker?.name === r.speaker?.name && q.speaker?.cue?.text === r.speaker?.cue?.text);
  });
}
