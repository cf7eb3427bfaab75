import type { Stage } from './model';
import { dateline } from './segment/dateline';
import { paragraphs } from './segment/paragraphs';
import { sentences } from './segment/sentences';
import { quotes } from './extractors/quotes';
import { speakers } from './extractors/speakers';
import { figures } from './extractors/figures';
import { dates } from './extractors/dates';
import { claims } from './extractors/claims';

/**
 * The engine, in order. Each stage reads what the ones before it produced and
 * returns a new Analysis; none mutates its input or throws on user text.
 */
export const PIPELINE: readonly Stage[] = [
  dateline, // the article's date and title, and where the body starts
  paragraphs, // blank lines split the body; quotes never run past a paragraph unless reopened
  sentences, // natural's tokenizer, one paragraph at a time, with its misses fixed
  quotes, // quotation spans by their marks, before anyone is attributed
  speakers, // entities and who said each quote, pronouns resolved
  figures, // numbers with kind, value and unit
  dates, // TIMEX3 dates resolved against the reference date; drops figures inside dates
  claims, // check-worthy statements, linked to quotes, figures and dates by id
];
