import { isDecision } from '../annotations/model';
import type { Analysis } from '../model';
import { codePointOffsets } from './codePoints';
import { exportItems } from './exportItems';

/** brat type names are single tokens. */
const typeName = (label: string) => label.trim().replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'Label';
/** Notes and T-line texts are one line each: tabs and line breaks become spaces. */
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** [start, end) cut at line breaks, since a brat fragment must not span one. */
export function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = start;
  const part = text.slice(0, end);
  for (let m = re.exec(part); m; m = re.exec(part)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The merged analysis as brat standoff (`.ann`): T lines for spans, R lines
 * for who said each quote, A lines for claim types and review status, and
 * `#` AnnotatorNotes. Offsets count code points, like brat's Python. A
 * speaker set by hand is a note on its quote, not a SpeakerOf link: the
 * mention the quote keeps is the engine's, which named someone else.
 * toBrat(a) → 'T1\tSpeaker 120 136\tJens Stoltenberg\nT2\tQuote 150 190\t"…"\nR1\tSpeakerOf Arg1:T1 Arg2:T2\n…'
 */
export function toBrat(analysis: Analysis): string {
  const text = analysis.text;
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  const tByKey = new Map<string, string>();
  const counters = { T: 0, R: 0, A: 0, N: 0 };
  const t = (type: string, start: number, end: number): string | null => {
    const key = `${type} ${start} ${end}`;
    if (tByKey.has(key)) return tByKey.get(key)!;
    const parts = fragments(text, start, end);
    if (!parts.length) return null;
    const id = `T${++counters.T}`;
    const offsets = parts.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${parts.map(([s, e]) => oneLine(text.slice(s, e))).join(' ')}`);
    tByKey.set(key, id);
    return id;
  };
  const bySpeaker = new Map<string, string>();
  for (const q of analysis.quotes) {
    if (q.speaker?.method === 'manual') bySpeaker.set(q.id, `Speaker: ${q.speaker.name}`);
    const m = q.speaker?.method === 'manual' ? null : q.speaker?.mention;
    const speakerId = m && m.end > m.start ? t('Speaker', m.start, m.end) : null;
    const quoteId = t('Quote', q.start, q.end);
    if (speakerId && quoteId) lines.push(`R${++counters.R}\tSpeakerOf Arg1:${speakerId} Arg2:${quoteId}`);
  }
  for (const item of exportItems(analysis)) {
    const id = t(item.kind === 'label' ? typeName(item.label) : item.label, item.start, item.end);
    if (!id) continue;
    if (item.claimType) lines.push(`A${++counters.A}\tClaimType ${id} ${item.claimType}`);
    if (item.review && isDecision(item.review.status)) lines.push(`A${++counters.A}\tReview ${id} ${item.review.status}`);
    const notes = [item.kind === 'quote' ? bySpeaker.get(item.id) : undefined, item.review?.note?.trim()].filter(Boolean);
    if (notes.length) lines.push(`#${++counters.N}\tAnnotatorNotes ${id}\t${oneLine(notes.join('; '))}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
