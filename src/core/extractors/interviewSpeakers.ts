import type { Entity, Paragraph, Quote, Span, Speaker } from '../model';
import { intervieweeOf } from './intervieweeOf';
import { lineOf } from './speakerEvidence';
import { spanAt } from './spanAt';

/** `Q:` or `A:` and spaces, all that stands before a quote in its paragraph. */
const QA = /^([QA]):\s*$/;

/**
 * Whom the answers belong to: the person a headline names as interviewed
 * ("Q&A with Mayor Elena Ruiz"), else the one person the article names before
 * the interview starts ("Mayor Elena Ruiz spoke to us" then `Q:`), or the one
 * of them its title names. With two or more named there (the interviewer too)
 * and none told apart by the title, no one is guessed.
 */
function interviewee(entities: readonly Entity[], first: number, headline: Span | null, title: Span | null): Entity | string | null {
  if (headline) {
    const surname = headline.text.slice(headline.text.lastIndexOf(' ') + 1).toLowerCase();
    const named = entities.find((e) => e.type === 'person' && e.name.toLowerCase().split(' ').pop() === surname);
    return named ?? headline.text;
  }
  const before = entities.filter((e) => e.type === 'person' && e.mentions.length > 0 && e.mentions[0].start < first);
  if (before.length === 1) return before[0];
  // "Bus fares row reaches Mayor Elena Ruiz": the one person the title names is the one asked
  const titled = title ? before.filter((e) => e.mentions.some((m) => m.start >= title.start && m.end <= title.end)) : [];
  return titled.length === 1 ? titled[0] : null;
}

/**
 * Speakers for an interview's turns, which no cue names: a question after
 * `Q:` is the interviewer's, an answer after `A:` the interviewee's, linked
 * to the person the article names before the first turn when there is one.
 * `Q: Will bills rise?` → the interviewer; `A: Yes.` → Elena Ruiz.
 */
export function interviewSpeakers(text: string, dateline: Span | null, paragraphs: readonly Paragraph[], quotes: readonly Quote[], entities: readonly Entity[], lines: readonly number[]): Quote[] {
  // Few articles hold an interview: one cheap test spares the rest.
  if (!text.includes('Q:') && !text.includes('A:')) return [...quotes];
  let first = -1;
  let answerer: Entity | string | null | undefined;
  return quotes.map((q) => {
    if (q.speaker || q.parentId) return q;
    const p = paragraphs[spanAt(paragraphs, q.start)];
    const m = p && q.start >= p.start && q.start - p.start <= 4 ? QA.exec(text.slice(p.start, q.start)) : null;
    if (!m) return q;
    if (first < 0) first = p.start;
    const mention = { start: p.start, end: p.start + 1, text: m[1] };
    const cue = { start: p.start + 1, end: p.start + 2, text: ':' };
    const line = lineOf(lines, p.start);
    if (m[1] === 'Q') return { ...q, speaker: turnSpeaker(null, 'the interviewer', mention, cue, `'Q' at line ${line} marks the interviewer's question`) };
    // With no one named as interviewed, an answer is left unattributed, as the claims are.
    if (answerer === undefined) {
      const title = dateline ? dateline : titleLine(text, paragraphs);
      answerer = interviewee(entities, first, intervieweeOf(title), title);
    }
    if (!answerer) return q;
    const name = typeof answerer === 'string' ? answerer : answerer.name;
    const id = typeof answerer === 'string' ? null : answerer.id;
    return { ...q, speaker: turnSpeaker(id, name, mention, cue, `'A' at line ${line} marks the answer of ${name}, whom the article names as interviewed`) };
  });
}

/** The longest title line an article without a dateline opens with: "Q&A with Mayor Elena Ruiz." */
const MAX_TITLE = 120;

/** The article's first paragraph when it is a short line, a title in all but the dateline's form; else null. */
function titleLine(text: string, paragraphs: readonly Paragraph[]): Span | null {
  const p = paragraphs[0];
  if (!p || p.end - p.start > MAX_TITLE) return null;
  const line = text.slice(p.start, p.end);
  return line.includes('\n') ? null : { start: p.start, end: p.end, text: line };
}

function turnSpeaker(entityId: string | null, name: string, mention: Speaker['mention'], cue: Speaker['cue'], evidence: string): Speaker {
  return { entityId, name, mention, cue, method: 'interview', evidence };
}
