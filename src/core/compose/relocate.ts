import type { Analysis, Span } from '../model';
import type { ReadingText } from './readingText';

/**
 * The analysis of the reading text moved back onto the original: every offset
 * mapped and every span's text sliced from the original, so
 * `text.slice(start, end) === span.text` holds for the text the user has.
 * Names and roles stay composed, the one spelling of a person however typed.
 */
export function relocate(analysis: Analysis, original: string, reading: ReadingText): Analysis {
  const range = <T extends { start: number; end: number }>(r: T): T => {
    const start = reading.toOriginal(r.start, 'start');
    const end = r.end === r.start ? start : reading.toOriginal(r.end, 'end');
    return { ...r, start, end };
  };
  const span = <T extends Span>(s: T): T => {
    const moved = range(s);
    return { ...moved, text: original.slice(moved.start, moved.end) };
  };
  const maybe = <T extends Span>(s: T | null): T | null => (s === null ? null : span(s));
  const { article } = analysis;
  const headline = maybe(article.headline);
  return {
    ...analysis,
    text: original,
    article: {
      ...article,
      // past a separator that ended the dateline, as past a line break
      bodyStart: reading.toOriginal(article.bodyStart, 'end'),
      dateline: maybe(article.dateline),
      headline,
      title: article.title !== null && article.title === article.headline?.text ? headline!.text : article.title,
    },
    paragraphs: analysis.paragraphs.map(range),
    sentences: analysis.sentences.map(range),
    entities: analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map(span) })),
    quotes: analysis.quotes.map((q) => ({
      ...span(q),
      content: span(q.content),
      speaker: q.speaker && { ...q.speaker, mention: span(q.speaker.mention), cue: maybe(q.speaker.cue) },
    })),
    figures: analysis.figures.map(span),
    dates: analysis.dates.map(span),
    claims: analysis.claims.map((c) => (c.speaker?.mention ? { ...span(c), speaker: { ...c.speaker, mention: span(c.speaker.mention) } } : span(c))),
    warnings: analysis.warnings.map((w) => ({
      ...w,
      ...(w.start === undefined ? {} : { start: reading.toOriginal(w.start, 'start') }),
      ...(w.end === undefined ? {} : { end: w.end === w.start ? reading.toOriginal(w.end, 'start') : reading.toOriginal(w.end, 'end') }),
    })),
  };
}
