import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/firstNames';
import { HONORIFICS, ROLE_WORDS } from '../lexicon/roles';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';

/** People who ask on air, standing before the name they head: "presenter Owen Hale". */
const HOSTS = new Set(['presenter', 'interviewer', 'reporter', 'moderator', 'newsreader', 'broadcaster', 'journalist']);

/** A given name, a role or a title: what stands before a surname that names a person (`Elena Ruiz`, `Mayor Ruiz`, `Sen. Ruiz`). */
function namesPerson(word: string): boolean {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MALE_NAMES.has(key) || FEMALE_NAMES.has(key) || ROLE_WORDS.has(key) || HONORIFICS.has(key) || TITLE_ABBREVIATIONS.has(key);
}

/**
 * Whether the name a label ends with is a person the article names in
 * running text, after a given name, a role or a title: `RUIZ:` when "Mayor
 * Elena Ruiz", "Health Secretary Ana Ruiz" or "presenter Owen Ruiz" appears.
 * A dateline (`PORT HALDEN:`) or a heading names no one so. `lower` is the
 * text in lower case, for "O'NEIL" written "O'Neil" and "MCKAY" "McKay".
 */
export function namedInProse(text: string, lower: string, surname: string): boolean {
  const key = surname.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (isLetter(text.charCodeAt(at - 1)) || isLetter(text.charCodeAt(end)) || !isUpper(text.charCodeAt(at))) continue;
    // the capitals of a label are no running text
    if (text.slice(at, end) === surname) continue;
    const first = wordBefore(text, at);
    if (!first || !isUpper(text.charCodeAt(first[0]))) continue;
    if (namesPerson(text.slice(first[0], first[1]))) return true;
    const role = wordBefore(text, first[0]);
    if (role && (HOSTS.has(lower.slice(role[0], role[1])) || namesPerson(text.slice(role[0], role[1])))) return true;
  }
  return false;
}

/** The word just before a space before `at`, as [start, end), letters, periods and apostrophes: "Sen." in "Sen. Ruiz". */
function wordBefore(text: string, at: number): [number, number] | null {
  if (text.charCodeAt(at - 1) !== 0x20) return null;
  let start = at - 1;
  while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e || text.charCodeAt(start - 1) === 0x27 || text.charCodeAt(start - 1) === 0x2019)) start--;
  return start < at - 1 ? [start, at - 1] : null;
}

const isUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
