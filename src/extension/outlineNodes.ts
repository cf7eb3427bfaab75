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

/**
 * The most symbols an outline lists. VS Code copies the whole list to the window
 * in one piece, and a 5 MB article's 80,000 paragraphs and quotes held both
 * busy for seconds (every review and save waited), for a list no one scrolls.
 * A novel-length article (about a thousand paragraphs) stays whole.
 */
export const MAX_OUTLINE_SYMBOLS = 2000;

/** The node standing for the paragraphs past the limit: it spans them, so the outline still covers the text. */
function rest(paragraphs: readonly { start: number; end: number }[], from: number): OutlineNode {
  const first = paragraphs[from];
  const left = paragraphs.length - from;
  return {
    name: `¶${from + 1}–${paragraphs.length} not listed`, detail: `${left} more paragraphs: the outline of a long article stops at ${MAX_OUTLINE_SYMBOLS} entries`,
    kind: 'paragraph', range: { start: first.start, end: paragraphs[paragraphs.length - 1].end }, selection: { start: first.start, end: first.start }, children: [],
  };
}

/** The same nodes one at a time, so a caller can build a large outline in chunks; at most `max` symbols, the last standing for the rest. */
export function* eachOutlineNode(analysis: Analysis, max = MAX_OUTLINE_SYMBOLS): Generator<OutlineNode> {
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
  let listed = article.dateline ? 1 : 0;
  const paragraphs = bodyParagraphs(analysis);
  for (const p of paragraphs) {
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
    listed += 1 + children.length;
    // One place kept for the node that stands for the rest.
    if (listed > max - (i < paragraphs.length ? 1 : 0)) return yield rest(paragraphs, i - 1);
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
