import type { Quote } from '../model';
import { REPORTING_VERBS } from '../lexicon/reportingVerbs';
import { countWords } from './countWords';
import { quoteKind } from './quoteKind';

/** One to three words: a term, not a sentence. */
const fewWords = (content: string): boolean => {
  const n = countWords(content, 3);
  return n > 0 && n <= 3;
};

/** What may stand between two quotes of a list: commas, semicolons, "and", "or". */
const LIST_GAP = /^[\s,;]*(?:(?:and|or)\s+)?[\s,;]*$/;
/** The fewest quotes in a row that make a list rather than a speaker's words. */
const MIN_LISTED = 3;

/** Whether a reporting verb follows the quote closely: `"No," "never" and "not now," Kell said` is Kell's words. */
const cuedAfter = (q: Quote): boolean => !!q.speaker?.cue && q.speaker.cue.start >= q.end && q.speaker.cue.start - q.end <= CUE_REACH;
/** Whether the quote's cue is a verb of speech: `Kell called it "a mess," "a waste" and "a disgrace."` is Kell's words; a list after `searched for terms such as` is no one's. */
const spoken = (q: Quote): boolean => !!q.speaker?.cue && REPORTING_VERBS.has(q.speaker.cue.text.toLowerCase());
/** How far after a quote its cue may stand: ` Ana Hale, the harbour's chief executive, said`. */
const CUE_REACH = 60;

/** The longest gap a list's quotes leave between them: `", and "`, `" or "`. */
const MAX_GAP = 8;

/**
 * Whether three top-level quotes follow one another with short gaps, the only
 * way a list can stand: most articles have none, and skip the rest unread.
 */
function mayHoldList(quotes: readonly Quote[]): boolean {
  let run = 1;
  let prevEnd = -Infinity;
  for (const q of quotes) {
    if (q.parentId) continue;
    run = q.start - prevEnd <= MAX_GAP ? run + 1 : 1;
    if (run >= MIN_LISTED) return true;
    prevEnd = q.end;
  }
  return false;
}

/**
 * Three or more short quotes in a row, joined only by commas, "and" or "or",
 * are a list of terms or titles, not anyone's words, whatever verb the sentence
 * has: `terms such as "levy," "berth," "dredging" and "fees"`, `shows like
 * "Harbour Lights," "Tidewater" and "Salt"`. They take back the kind their form
 * gives and lose their speaker, unless a verb of speech introduces them or
 * follows the last of them.
 * A quote that reads as speech by its form breaks the run.
 */
export function unlistSpeech(text: string, quotes: readonly Quote[]): readonly Quote[] {
  if (!mayHoldList(quotes)) return quotes;
  let out: Quote[] | null = null;
  const top: number[] = [];
  for (let i = 0; i < quotes.length; i++) if (!quotes[i].parentId) top.push(i);
  const form = top.map((i) => quoteKind(quotes[i].content.text));
  // a term closing the list may hold the sentence's stop (`and "fees."`), which alone makes its form speech
  const term = top.map((i, k) => form[k] !== 'speech' || fewWords(quotes[i].content.text));
  for (let a = 0; a < top.length; ) {
    let b = a;
    while (term[b] && b + 1 < top.length && term[b + 1] && LIST_GAP.test(text.slice(quotes[top[b]].end, quotes[top[b + 1]].start))) b++;
    if (term[a] && b - a + 1 >= MIN_LISTED && !cuedAfter(quotes[top[b]]) && !spoken(quotes[top[a]])) {
      out ??= [...quotes];
      for (let k = a; k <= b; k++) out[top[k]] = { ...quotes[top[k]], kind: form[k] === 'speech' ? 'scare' : form[k], speaker: null };
    }
    a = b + 1;
  }
  return out ?? quotes;
}
