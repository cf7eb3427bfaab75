import { NOT_TITLE_NOUNS, ROLE_MODIFIERS, ROLE_WORDS, SPEAKING_NOUNS } from '../../lexicon/roles';
import { isPersonNoun } from '../describedAsPerson';
import { GROUP_NOUNS } from '../peoplePlural';

/**
 * People, then a link to the body named right after: "Officials at ", "the chairman of the board of ",
 * "two senior doctors from ". Group 1 is the head noun, group 2 the link; at most three words before the
 * head and three after the link, none of them a mark ("chief -- chairman").
 */
const PEOPLE_AT = /^\s*(?:[a-z][\w'\u2019-]*\s+){0,3}?([a-z][a-z-]+)\s+(at|of|for|from|with|in|within|inside|to)\s+(?:[a-z][\w'\u2019-]*\s+){0,3}$/i;

/** Whether a lower-case noun names people: "officials", "nurses", "chairman", "economist"; not "number". */
function namesPeople(key: string): boolean {
  if (NOT_TITLE_NOUNS.has(key)) return false;
  if (SPEAKING_NOUNS.has(key) || GROUP_NOUNS.has(key) || (ROLE_WORDS.has(key) && !ROLE_MODIFIERS.has(key))) return true;
  const one = key.endsWith('s') ? key.slice(0, -1) : key;
  return one.length >= 5 && !NOT_TITLE_NOUNS.has(one) && (isPersonNoun(one) || (ROLE_WORDS.has(one) && !ROLE_MODIFIERS.has(one)));
}

/**
 * The link of people described before a name in a source, lower-cased, or null: "at" for "Officials at " before
 * "the Harbour Department", "for" for "A spokesman for " before "Mayor Ann Lee"; null for "A report by ",
 * "figures from " or "calculations by Ana Vell of " (a name heads no description).
 */
export function peopleLink(before: string): string | null {
  if (before.length < 4) return null;
  const m = PEOPLE_AT.exec(before);
  if (!m) return null;
  // a capital opens the head only as the source's first word: "Officials at", not "Ana Vell of"
  const at = m.index + m[0].indexOf(m[1]);
  if (m[1].charCodeAt(0) < 97 && before.slice(0, at).trim() !== '') return null;
  return namesPeople(m[1].toLowerCase()) ? m[2].toLowerCase() : null;
}

/** Whether the words before a body's name in a source describe people at that body, who speak rather than the body. */
export const peopleAtBody = (before: string): boolean => peopleLink(before) !== null;

/** A body's name closing a subject: capitalised words, "of", "for", "and" or "&" between them ("Department of Health"). */
const NAME_END = /(?:\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:of|for|and|&)\s+|\s+))*\p{Lu}[\p{L}'\u2019.-]*\s*$/u;

/**
 * Whether a subject describes people at a body it names last, which may take more words than a subject
 * usually does: "The chairman of the board of Tarn Partners", "A senior official at the Department of Health",
 * "Cyber security expert Dr Lina Okoro of Feldmark University".
 */
export function describesPeopleAtBody(subject: string): boolean {
  const m = NAME_END.exec(subject);
  if (m === null || m.index === 0) return false;
  return peopleAtBody(subject.slice(0, m.index)) || (!SET_OFF.test(subject) && NAMED_AT.test(subject));
}

/** A comma or dash inside a subject, which sets a phrase off: a name before it may belong to another clause ("Ann Lee, our chief -- chair of …"). */
const SET_OFF = /[,;]|\s[-\u2013\u2014]|--/;

/** A person's full name, then where they work: "Dr Lina Okoro of Feldmark University", "… of the Institute of Neurology". */
const NAMED_AT = /\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}'\u2019.-]*){0,3}\s*$/u;
