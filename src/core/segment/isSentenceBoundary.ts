import { FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { REPORTING_VERBS } from '../lexicon/reportingVerbs';

/** The word (letters and inner dots) just before a final full stop and any closing marks: "… the U.S.”" → "U.S". */
const LAST_WORD = /([\p{L}\d][\p{L}\d.'’-]*)\.["'”’)\]]*$/u;
/** The first word of a fragment, past opening marks and symbols. */
const FIRST_WORD = /^[^\p{L}\d]*([\p{L}\d][\p{L}\d'’-]*)/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** A quotation closed on a question or exclamation mark. */
const QUOTE_CLOSED_ON_CRY = /[?!…]["'”’]\s*$/u;
/** Up to five capitalised words, maybe an aside in commas (`Ana Ruiz, the group's head,`), then a word. */
const NAMED_VERB = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*(?:,[^.?!"“”,]{1,60},)?\s+(\p{L}+)/u;

/** `“Why now?” | Okafor replied.`: the attribution after a quoted question belongs to it. */
function attributesQuote(before: string, after: string): boolean {
  if (!QUOTE_CLOSED_ON_CRY.test(before)) return false;
  const verb = NAMED_VERB.exec(after)?.[1];
  return !!verb && REPORTING_VERBS.has(verb.toLowerCase());
}

/** True when `before` opened a double quote after its first word and has not closed it: 'He said "Stop.' */
function opensQuoteMidSentence(before: string): boolean {
  let open = -1;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 0x201c || (c === 0x22 && open < 0)) open = i;
    else if (c === 0x201d || c === 0x22) open = -1;
  }
  return open > 0 && /\p{L}/u.test(before.slice(0, open));
}

/**
 * Whether natural's split between two fragments is a real sentence end. It
 * splits at every full stop, so abbreviations, initials, and a quote followed
 * by its lower-case attribution are rejoined; a glued stop ("Canada.I") stays split.
 * `("Mr.", "Smith left.")` → false; `("It ended.", "Then")` → true.
 */
export function isSentenceBoundary(before: string, after: string): boolean {
  const first = FIRST_WORD.exec(after)?.[1] ?? '';
  // A fragment of bare punctuation (a stray closing mark) belongs to the sentence before.
  if (first === '') return false;
  const lowerStart = first[0] !== first[0].toUpperCase();
  if (lowerStart || opensQuoteMidSentence(before) || attributesQuote(before, after)) return false;
  const last = LAST_WORD.exec(before)?.[1];
  if (!last) return true;
  const key = last.toLowerCase();
  const starter = SENTENCE_STARTERS.has(first.toLowerCase());
  const digit = first.charCodeAt(0) >= 48 && first.charCodeAt(0) <= 57;
  if (TITLE_ABBREVIATIONS.has(key)) return false;
  // "(D-N.Y.)": an initial after a hyphen, as in a party tag, is an initial too.
  if (SINGLE_INITIAL.test(last.slice(last.lastIndexOf('-') + 1)) && !starter) return false;
  if (MONTH_ABBREVIATIONS.has(key)) return !digit && starter;
  if (FINAL_ABBREVIATIONS.has(key) || DOTTED_INITIALS.test(last)) return starter;
  return true;
}
