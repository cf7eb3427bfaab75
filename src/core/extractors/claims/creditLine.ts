import { CREDIT_JOBS } from '../../lexicon/claimFrameWords';

/** One credit: a job or two ("writing and editing"), then "by" and the names, up to a semicolon. */
const JOB = `(?:${CREDIT_JOBS.join('|')})`;
const CREDIT = `\\s*${JOB}(?:\\s*(?:,|and|&)\\s*${JOB})*\\s+by\\s+[^;()]+`;
/**
 * A whole credit line: in brackets, or two credits or more, since "Reporting by
 * the agency found 40 cases" is one credit's shape too. "(Reporting by Ann Lee)", "Writing by Ann Lee; Editing by Tom Hale".
 */
const CREDIT_LINE = new RegExp(`^(?:\\(${CREDIT}(?:;${CREDIT})*\\)|${CREDIT}(?:;${CREDIT})+)[\\s.]*$`, 'i');
/** First letters of the jobs, lower-cased, and "(": a sentence opening with none of them is no credit line. */
const OPENERS = new Set([40, ...CREDIT_JOBS.map((j) => j.charCodeAt(0))]);
/** How every credit line opens, tried in place at the sentence's start: most sentences that pass OPENERS ("The", "A") fail here, unsliced. */
const OPENING = new RegExp(`\\(?\\s*${JOB}`, 'iy');

/**
 * Whether [start, end) is a wire story's credit line, which names who wrote
 * and edited it and states nothing to check: "(Reporting by Ann Lee; editing
 * by Tom Hale)" → true; "Reporting by the agency found 40 cases." → false.
 */
export function isCreditLine(text: string, start: number, end: number): boolean {
  if (!OPENERS.has(text.charCodeAt(start) | 32)) return false;
  OPENING.lastIndex = start;
  if (!OPENING.test(text)) return false;
  return CREDIT_LINE.test(text.slice(start, end));
}
