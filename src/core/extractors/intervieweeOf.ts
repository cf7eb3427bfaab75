import type { Span } from '../model';

/** Whom a headline names as interviewed: "Interview with Ines Morales", "Q&A with Ines Morales". */
const INTERVIEWEE = /\b(?:[Ii]nterview|INTERVIEW|Q&A|[Cc]onversation)\s+with\s+(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})/u;

/** The interviewee the headline names, who answers after "A:", or null. */
export function intervieweeOf(dateline: Span | null): Span | null {
  const m = dateline ? INTERVIEWEE.exec(dateline.text) : null;
  if (!dateline || !m) return null;
  const start = dateline.start + m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1] };
}
