import type { Span } from '../model';
import { GENERATIONAL_SUFFIXES } from '../lexicon/firstNames';

/** Whom a headline names as interviewed: "Interview with Ines Morales", "Q&A with Ines Morales". */
const INTERVIEWEE = /\b(?:[Ii]nterview|INTERVIEW|Q&A|[Cc]onversation)\s+with\s+(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})/u;

/** The interviewee the headline names, who answers after "A:", or null. */
export function intervieweeOf(dateline: Span | null): Span | null {
  const m = dateline ? INTERVIEWEE.exec(dateline.text) : null;
  if (!dateline || !m) return null;
  const start = dateline.start + m.index + m[0].length - m[1].length;
  // "Q&A with Mayor Elena Ruiz." ends a title's sentence, not the name; "Tom Beck Jr." keeps its stop.
  const last = m[1].slice(m[1].lastIndexOf(' ') + 1).toLowerCase();
  const name = m[1].endsWith('.') && last.length > 2 && !GENERATIONAL_SUFFIXES.has(last) ? m[1].slice(0, -1) : m[1];
  return { start, end: start + name.length, text: name };
}
