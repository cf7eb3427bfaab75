import { opensListItem } from '../segment/listItemLine';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import type { Quote, Sentence } from '../model';
import type { Cue } from './attributionPatterns';
import { canSpeak } from './attributionPatterns';
import { opensSpeaker } from './speakerOpener';
import type { Attribution } from './attributions';
import { cueAfter } from './cueAfter';
import { quotedAs } from './quotedAs';
import { cueBefore, label, namesQuote } from './cueBefore';
import { isPersonNoun } from './describedAsPerson';
import { openingSubject, sentenceSubject } from './sentenceSubject';
import { isSilentVerb } from './silentVerb';
import { spanFrom } from './spanFrom';
import { isReportingCue, tailCue } from './tailCue';
import type { Word } from './words';
import { wordAt } from './words';
import { wordFrom } from './wordFrom';
import { SPACE, unitClass } from './wordChars';

/**
 * A quote ending on , ? ! or a dash (then only spaces), inside its marks, waits for its attribution: /[,?!\u2014\u2013-]\s*$/
 * read from the end of its content, text[start, end), in the article's own string rather than the content's copy.
 */
function endsOpen(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && unitClass(text.charCodeAt(k)) & SPACE) k--;
  return k >= start && isOpenMark(text.charCodeAt(k));
}
/** Whether text[start, end) ends on . ! or ? (then only spaces): a whole sentence, read from its end like endsOpen. */
function endsClosed(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && unitClass(text.charCodeAt(k)) & SPACE) k--;
  const c = k >= start ? text.charCodeAt(k) : 0;
  return c === 0x2e || c === 0x21 || c === 0x3f;
}
/** , ? ! — – -, by code: a one-unit string of a mark outside ASCII would be made anew for each quote. */
const isOpenMark = (c: number) => c === 0x2c || c === 0x3f || c === 0x21 || c === 0x2014 || c === 0x2013 || c === 0x2d;

/** The end of text[start, end) before the closing marks of a quote nested at its end: `"'House of Cards,'"` → after the comma. */
function beforeClosingMarks(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && (text.charCodeAt(k - 1) === 0x2019 || text.charCodeAt(k - 1) === 0x27 || text.charCodeAt(k - 1) === 0x201d)) k--;
  return k;
}
/** ― — – -, which open a signature line. */
const isDash = (c: number) => c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 0x2d;

/** A word that is a dash alone: - – —. */
const isDashWord = (w: Word) => w.punct && w.text.length === 1 && isDash(w.text.charCodeAt(0)) && w.text !== '―';

/**
 * Where the words after a quote stop: its sentence's end, or the next sentence's when that one signs it (`― Marta Ruiz`),
 * in its paragraph or the next; k is spanAt(sentences, q.end - 1).
 */
function afterEnd(text: string, sentences: readonly Sentence[], q: Quote, k: number): number {
  const s = sentences[k];
  if (!s) return q.end + 200;
  if (s.end > q.end) return s.end;
  const next = sentences[k + 1];
  // A quote that ends its paragraph may be signed on the next line: `"…"` then `- Marta Ruiz, at a rally`.
  // Not in a list, where the next line's dash opens the next item (`- Mayor Ana Lopez: "…"` then `- Tom Reyes: "…"`).
  const signs = next && isDash(text.charCodeAt(next.start)) && (next.paragraphId === s.paragraphId || !text.slice(q.end, next.start).trim()) && !inListItem(text, q.start);
  // `"Perpetual motion!" Rep. Dana Kell said`: the title's full stop misled the sentence split, not the "!".
  const titled = next && next.paragraphId === s.paragraphId && endsOpen(text, q.content.start, q.content.end) && opensWithTitle(text, next.start);
  return signs || titled ? next.end : s.end;
}

/** Whether the line holding `at` opens with a list marker: `- Mayor Ana Lopez: "We will cut taxes."`. */
function inListItem(text: string, at: number): boolean {
  let line = at;
  while (line > 0 && text.charCodeAt(line - 1) !== 0x0a && text.charCodeAt(line - 1) !== 0x0d) line--;
  return opensListItem(text, line, at);
}

/** Whether text at `at` opens with a title abbreviation and its full stop: "Rep. ", "Sen. ". */
function opensWithTitle(text: string, at: number): boolean {
  const stop = text.indexOf('.', at);
  return stop > at && stop - at <= 5 && text.charCodeAt(stop + 1) === 0x20 && TITLE_ABBREVIATIONS.has(text.slice(at, stop).toLowerCase());
}

/**
 * The cue of each top-level quote, looked for first right after it, then
 * before it in its sentence (never past the previous quote), then in a
 * sentence ending with a colon just before it, then the clause's subject.
 * `"…," he said.` → said/he; `Stoltenberg said: "…"` → said/Stoltenberg.
 */
export function quoteAttributions(text: string, ws: readonly Word[], quotes: readonly Quote[], sentences: readonly Sentence[], named: ReadonlySet<number> = new Set()): Attribution[] {
  const out: Attribution[] = [];
  let prev = -Infinity;
  // Word indexes grow with the quotes: each search starts where the previous quote's words end.
  let prevEnd = 0;
  // The sentences of each quote's start and last unit, followed forwards likewise.
  let ks = 0;
  let ke = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.parentId) continue;
    let n = i + 1;
    while (n < quotes.length && quotes[n].parentId) n++;
    const next = n < quotes.length ? quotes[n].start : Infinity;
    ke = spanFrom(sentences, q.end - 1, ke);
    const stop = Math.min(next, q.end + 200, afterEnd(text, sentences, q, ke));
    const lo = q.start >= prev ? prevEnd : 0;
    const opening = wordFrom(ws, q.start, lo);
    const closing = wordFrom(ws, q.end, opening);
    const open = endsOpen(text, q.content.start, q.content.end);
    // A title is speech only when it waits for its cue (`"Word is," Kell said`): `"Broad City" star Ana Ruiz said` names a show.
    const waits = q.kind !== 'title' || endsOpen(text, q.content.start, beforeClosingMarks(text, q.content.start, q.content.end));
    // `Kell lamented it - "why now?" - as voters watched`: a quote set off by dashes is an aside, its cue before it.
    const aside = opening > lo && isDashWord(ws[opening - 1]) && closing < ws.length && isDashWord(ws[closing]);
    ks = spanFrom(sentences, q.start, ks);
    const k = ks;
    const startSentence = sentences[k];
    const from = wordAt(ws, Math.max(prev, startSentence && startSentence.start <= q.start ? startSentence.start : q.start - 200), lo, q.start >= prev ? opening : ws.length);
    const before = opening - 1;
    // `Ruiz said: "No." Beck agreed.`: a whole sentence its speaker introduces with a colon is hers, whoever reacts after it.
    const introduced = q.kind === 'speech' && before >= from && ws[before].text === ':' && endsClosed(text, q.content.start, beforeClosingMarks(text, q.content.start, q.content.end)) ? cueBefore(ws, from, before, true) : null;
    const after = waits && !aside && !(introduced && isReportingCue(ws, introduced)) ? cueAfter(ws, closing, wordFrom(ws, stop, closing) - 1, open) : null;
    // Titles take only a cue right after them: `"Today," Okafor told the radio` is rare, `told the radio's "Today"` common.
    const nounNamed = namesQuote(ws, before);
    const found =
      after ??
      (q.kind === 'title' || nounNamed
        ? null
        : (cueBefore(ws, from, before, q.kind === 'speech') ??
          leadSentence(text, ws, sentences, k, q, prev) ??
          (startSentence ? sentenceSubject(ws, wordAt(ws, startSentence.start), before) : null)));
    // A clause's subject only guesses; `…, the union said.` closing the sentence names the speaker.
    const chosen = q.kind !== 'title' && !nounNamed && !after && (!found || !isReportingCue(ws, found)) ? (closingCue(ws, quotes, sentences, q, n, closing, ke) ?? found) : found;
    const cue = chosen && quotedAs(ws, chosen);
    // A named title is no one's words, but its cue still names who spoke next: `In his book "Ashes," Kell argued …`.
    // `- Ana Ruiz: "…," she said`: the label names whom the pronoun may mean (see readSpeakers).
    const labelled = cue && cue === after && cue.subject.kind === 'pronoun' && before > from ? label(ws, from, before) : null;
    if (cue && opensSpeaker(ws, cue.subject)) out.push({ cueFrom: cue.cueFrom, cueTo: cue.cueTo, subject: cue.subject, quote: named.has(i) ? -1 : i, label: labelled?.subject, silent: cue.silent });
    prev = q.end;
    prevEnd = closing;
  }
  return out;
}

/**
 * The reporting clause after the last quote of the sentence `q` ends in; `n` indexes the next top-level
 * quote, `closing` the first word at or after q.end, where the search for the clause's words starts,
 * and k the sentence of q's last unit.
 */
function closingCue(ws: readonly Word[], quotes: readonly Quote[], sentences: readonly Sentence[], q: Quote, n: number, closing: number, k: number) {
  const s = sentences[k];
  if (!s) return null;
  // Top-level quotes follow one another and a nested one ends inside its parent, so the last top-level quote
  // that starts in the sentence ends furthest: found by halving, as a list of thousands of quoted terms in one
  // sentence would make a walk over the rest quadratic.
  let m = firstQuoteFrom(quotes, n, s.end) - 1;
  while (m >= n && quotes[m].parentId) m--;
  const last = m >= n ? Math.max(q.end, quotes[m].end) : q.end;
  if (last >= s.end) return null;
  const first = wordFrom(ws, last, closing);
  return tailCue(ws, first, wordFrom(ws, s.end, first) - 1);
}

/** The first index from `from` on whose quote starts at or after `at`: quotes are in text order. */
function firstQuoteFrom(quotes: readonly Quote[], from: number, at: number): number {
  let lo = from;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sentence just before a quote that opens its own: `Okafor said:` gives
 * its cue; `Her husband cut in.` with no quote of its own gives its subject.
 */
function leadSentence(text: string, ws: readonly Word[], sentences: readonly Sentence[], k: number, q: Quote, prev: number) {
  const s = sentences[k];
  const lead = s && s.start === q.start ? sentences[k - 1] : undefined;
  if (!lead || lead.end <= prev) return null;
  const from = wordAt(ws, lead.start);
  const to = wordAt(ws, lead.end) - 1;
  // "After the vote, Okafor issued this statement:" names its speaker with no reporting verb.
  if (text[lead.end - 1] === ':') return cueBefore(ws, from, to, true) ?? speaking(ws, sentenceSubject(ws, from, to - 1));
  if (q.kind !== 'speech' || prev >= lead.start || !(text[lead.end - 1] === '.' || text[lead.end - 1] === '!')) return null;
  // "The union plans to appeal, Kell says." names its speaker at the end, not in its subject.
  const tail = speaking(ws, tailCue(ws, from, to - 1));
  if (tail) return tail;
  const opening = speaking(ws, openingSubject(ws, from, to));
  return opening && isSilentVerb(ws[opening.cueFrom]) ? { ...opening, silent: true } : opening;
}

/** The cue when its subject could speak: "The weather changed." names no one who could go on to speak. */
function speaking(ws: readonly Word[], cue: Cue | null): Cue | null {
  return cue && (cue.subject.kind !== 'description' || canSpeak(ws, cue.subject) || isPersonNoun(ws[cue.subject.to].key)) ? cue : null;
}
