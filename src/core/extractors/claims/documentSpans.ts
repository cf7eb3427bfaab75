import type { Analysis, DateMention, Figure, Quote } from '../../model';
import { MentionIndex } from './mentionIndex';
import { SpanIndex } from './spanIndex';

/** The spans of one analysis that claims link to, indexed by position. */
export interface DocumentSpans {
  readonly quotes: SpanIndex<Quote>;
  readonly figures: SpanIndex<Figure>;
  readonly dates: SpanIndex<DateMention>;
  readonly mentions: MentionIndex;
}

/** One set of indexes, rebuilt for each analysis: the stage looks at one article at a time. */
const shared: DocumentSpans = {
  quotes: new SpanIndex<Quote>(),
  figures: new SpanIndex<Figure>(),
  dates: new SpanIndex<DateMention>(),
  mentions: new MentionIndex(),
};

/**
 * Indexes the quotes, figures, dates and entity mentions of `a`, in place of
 * the last analysis's: valid until the next call.
 */
export function documentSpans(a: Analysis): DocumentSpans {
  shared.quotes.reset(a.quotes);
  shared.figures.reset(a.figures);
  shared.dates.reset(a.dates);
  shared.mentions.reset(a.entities);
  return shared;
}
