import { INVERTIBLE_VERBS, REPORTING_VERBS } from '../lexicon/reportingVerbs';
import type { Paragraph, Quote } from '../model';

const NAME = String.raw`[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}`;
/** `a port spokeswoman`, `the minister`: a determiner and up to three lower-case words. */
const DESCRIPTION = String.raw`(?:a|an|the|his|her|their) [a-z]+(?: [a-z]+){0,2}`;

/**
 * The reporting clause that closes a line of dialogue: `, she said.`,
 * `? asked Ruiz,`, `, a spokeswoman added at a briefing.`; group 1 is the mark that ends the speech, group 2 a verb
 * after its speaker, group 3 one before it.
 */
const CLAUSE = new RegExp(String.raw`([,?!]) (?:(?:he|she|they|I|we|${NAME}|${DESCRIPTION}) (?:also |later |then |has |had |quickly |simply )?(\p{Ll}+)|(\p{Ll}+) (?:he|she|they|${NAME}|${DESCRIPTION}))(?=[.,;!?]| [a-z]|$)`, 'u');

/**
 * Dialogue set the way many papers print it, each line opened by a dash
 * and closed by its reporting clause: `— We have had three dry winters, she
 * said.` The words from the dash to the clause's comma are speech. A dash line
 * with no such clause is a list item or a heading (`— Old hands —`), and one
 * that holds quote marks speaks through them.
 */
export function dashDialogue(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let k = 0;
  for (const p of paragraphs) {
    const c = text.charCodeAt(p.start);
    if (c !== 0x2014 && c !== 0x2013) continue;
    const line = text.slice(p.start, Math.min(p.end, p.start + 600));
    const words = /^[—–] ?(?=[A-Z])/.exec(line);
    if (!words) continue;
    const m = CLAUSE.exec(line);
    if (!m) continue;
    const verb = m[2] ?? m[3];
    if (!REPORTING_VERBS.has(verb) || (m[3] && !INVERTIBLE_VERBS.has(verb))) continue;
    const end = p.start + m.index + 1;
    while (k < quotes.length && quotes[k].end <= p.start) k++;
    if (k < quotes.length && quotes[k].start < end) continue;
    out.push({ start: p.start, end });
  }
  return out;
}
