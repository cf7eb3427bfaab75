import { SENTENCE_END_MARKS } from '../lexicon/clauseWords';
import type { Cue } from './attributionPatterns';
import { subjectOf } from './attributionPatterns';
import { clauseSubject } from './fallbackCues';
import { sentenceSubject } from './sentenceSubject';
import { INDIRECT, classesOf } from './wordClasses';
import type { Word } from './words';


/**
 * The named speaker a pronoun's cue belongs under: `Okafor railed against
 * what she called "…"` → Okafor; a far cue inside a report (see `reporter`).
 */
export function pronounHost(ws: readonly Word[], from: number, to: number, v: number, inner: number): Cue | null {
  if (ws[inner - 1]?.key === 'what') {
    // "Kell assails in sharp prose what he calls …": a verb outside the lexicon still makes Kell the host.
    const host = reporter(ws, from, inner) ?? clauseSubject(ws, from, inner - 1) ?? (inner - 2 >= from ? sentenceSubject(ws, from, inner - 2) : null);
    if (host && host.subject.kind !== 'pronoun') return host;
  }
  return to - v > 4 && ws[v + 1].text !== ',' ? reporter(ws, from, inner) : null;
}

/**
 * `Okafor said that she told the board last month the levy was "…"`: a pronoun's
 * cue far from the quote, inside what a named speaker reported earlier in the
 * sentence, gives way to hers (Okafor). Close cues stay: `…, which she called "…"`.
 */
function reporter(ws: readonly Word[], from: number, inner: number): Cue | null {
  for (let u = inner - 1; u >= from; u--) {
    if (SENTENCE_END_MARKS.has(ws[u].text)) return null;
    if ((classesOf(ws[u]) & INDIRECT) === 0 || ws[u].capital) continue;
    const subject = subjectOf(ws, u, from, inner - 1);
    return subject && subject.kind !== 'pronoun' && subject.to < u ? { cueFrom: u, cueTo: u, subject } : null;
  }
  return null;
}
