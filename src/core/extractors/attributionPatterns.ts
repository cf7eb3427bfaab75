import { INVERTIBLE_VERBS, VERB_MODIFIERS } from '../lexicon/reportingVerbs';
import { ORGANIZATION_WORDS, ROLE_WORDS, SPEAKING_NOUNS } from '../lexicon/roles';
import { clauseSubject, introducer, signature } from './fallbackCues';
import { phraseAfter } from './phraseAfter';
import { phraseBefore } from './phraseBefore';
import type { Phrase } from './phraseWords';
import { isVerb, verbLike } from './verbForms';
import type { Word } from './words';

/** A cue and the phrase that names its speaker, as word indexes. */
export interface Cue {
  readonly cueFrom: number;
  readonly cueTo: number;
  readonly subject: Phrase;
}

const LEAD = new Set([',', '–', '—', '―', '-', ':', ';', '(']);
const isParticiple = (w: Word) => w.key.endsWith('ing');

/** The subject of the verb at v: before it past modifiers (`he has also said`), else after it (`said he`). */
export function subjectOf(ws: readonly Word[], v: number, floor: number, ceiling: number): Phrase | null {
  let k = v - 1;
  while (k >= floor && !ws[k].punct && VERB_MODIFIERS.has(ws[k].key)) k--;
  // "Carson took the stage … and called it …": the clause's opening name is the subject.
  if (k >= floor && ws[k].key === 'and') {
    const opening = phraseAfter(ws, floor, k);
    return opening && opening.kind !== 'description' ? opening : null;
  }
  const before = phraseBefore(ws, k, floor);
  if (before || !INVERTIBLE_VERBS.has(ws[v].key)) return before;
  return phraseAfter(ws, v + 1, ceiling);
}

/** Whether a phrase after "according to" can speak: not "its analysis", "a later interview". */
function canSpeak(ws: readonly Word[], p: Phrase): boolean {
  if (p.kind !== 'description') return true;
  const head = ws[p.to].key;
  return ORGANIZATION_WORDS.has(head) || SPEAKING_NOUNS.has(head) || ROLE_WORDS.has(head) || ROLE_WORDS.has(head.replace(/s$/, ''));
}

/**
 * The cue right after a quote, within words [from, to]:
 * `"…," he said` · `"…," said Jens Stoltenberg` · `"…" – the ministry said in a statement`.
 * `open` says the quote ended on , ? ! — (an attribution surely follows), which
 * lets a verb missing from the lexicon through: `"…," Trump assured Jones`.
 */
export function cueAfter(ws: readonly Word[], from: number, to: number, open: boolean): Cue | null {
  let i = from;
  while (i <= to && ws[i].punct && LEAD.has(ws[i].text)) i++;
  if (i > to) return null;
  if ((isVerb(ws[i]) && INVERTIBLE_VERBS.has(ws[i].key)) || (open && verbLike(ws[i]))) {
    const subject = phraseAfter(ws, i + 1, to);
    if (subject && subject.kind !== 'description') return { cueFrom: i, cueTo: i, subject };
    if (subject && isVerb(ws[i])) return { cueFrom: i, cueTo: i, subject };
  }
  for (let v = i + 1; v <= Math.min(to, i + 30); v++) {
    if (ws[v].punct && !LEAD.has(ws[v].text) && ws[v].text !== '’' && ws[v].text !== "'") break;
    if (!isVerb(ws[v]) || isParticiple(ws[v])) continue;
    const subject = subjectOf(ws, v, i, to);
    if (subject && subject.from >= i && subject.to < v) return { cueFrom: v, cueTo: v, subject };
    break;
  }
  const signed = signature(ws, from, i, to);
  if (signed || !open) return signed;
  const subject = phraseAfter(ws, i, to);
  if (!subject || subject.kind === 'description') return null;
  let v = subject.to + 1;
  while (v <= to && VERB_MODIFIERS.has(ws[v].key)) v++;
  return v <= to && verbLike(ws[v]) ? { cueFrom: v, cueTo: v, subject } : null;
}

/**
 * The last cue before a quote, within words [from, to]: `Stoltenberg said: "…"`,
 * `According to him, "…"`, `He said Allies should "…"`. A participle
 * (`…, he said, adding that "…"`) takes the subject of the verb before it.
 * `speechLike` quotes (whole sentences) go to the sentence's subject as a last resort.
 */
export function cueBefore(ws: readonly Word[], from: number, to: number, speechLike = false): Cue | null {
  for (let v = to; v >= from; v--) {
    const w = ws[v];
    if (w.key === 'according' && ws[v + 1]?.key === 'to') {
      const subject = phraseAfter(ws, v + 2, to);
      if (subject && canSpeak(ws, subject)) return { cueFrom: v, cueTo: v + 1, subject };
      continue;
    }
    if (!isVerb(w)) continue;
    if (isParticiple(w)) {
      const earlier = (v > from ? cueBefore(ws, from, v - 1) : null) ?? clauseSubject(ws, from, v - 1);
      if (earlier) return { cueFrom: v, cueTo: v, subject: earlier.subject };
      continue;
    }
    const subject = subjectOf(ws, v, from, to);
    if (subject) return { cueFrom: v, cueTo: v, subject };
  }
  const introduces = speechLike || (to >= from && (ws[to].text === ',' || ws[to].text === ':'));
  return introducer(ws, from, to) ?? (introduces ? clauseSubject(ws, from, to) : null);
}

