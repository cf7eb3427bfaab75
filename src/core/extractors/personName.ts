import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/firstNames';
import type { Gender } from '../lexicon/pronouns';
import { HONORIFICS, ORGANIZATION_WORDS, ROLE_WORDS, SPEAKING_NOUNS } from '../lexicon/roles';
import type { EntityType } from '../model';
import { actsAsRole } from './actsAsRole';
import type { Word } from './words';

export interface NameParts {
  /** The name without titles: "Jens Stoltenberg". */
  readonly name: string;
  /** The titles before it: "NATO Secretary General"; null when none. */
  readonly role: string | null;
  readonly type: EntityType;
  readonly gender: Gender;
  /** True when something beyond capitals says this is a person: a given name, title or honorific. */
  readonly surelyPerson: boolean;
}

const ACRONYM = /^[\p{Lu}.&]{2,}$/u;
const POSSESSIVE = /['’]s?$/;

/**
 * Splits a capitalised phrase into its name and the titles before it, and
 * guesses whether it is a person or an organisation.
 * `NATO Secretary General Jens Stoltenberg` → name "Jens Stoltenberg", role "NATO Secretary General".
 */
export function personName(text: string, ws: readonly Word[], from: number, to: number): NameParts | null {
  // A title alone, or its plural ("Defense Ministers"), names no one in particular.
  if (actsAsRole(ws, to) || (ws[to].key.endsWith('s') && ROLE_WORDS.has(ws[to].key.slice(0, -1))) || SPEAKING_NOUNS.has(ws[to].key)) return null;
  let k = to;
  while (k > from && !ROLE_WORDS.has(ws[k - 1].key) && !HONORIFICS.has(ws[k - 1].key) && ws[k - 1].capital && !POSSESSIVE.test(ws[k - 1].text)) k--;
  const last = ws[to];
  // "Clinton's visit" mentions Clinton: the name without its possessive ending.
  const own = POSSESSIVE.exec(last.text);
  const end = own ? last.end - own[0].length : last.end;
  const lastKey = own ? last.key.slice(0, -own[0].length) : last.key;
  const name = text.slice(ws[k].start, end);
  const honorific = k > from ? HONORIFICS.get(ws[k - 1].key) : undefined;
  const roleEnd = honorific ? k - 1 : k;
  const role = roleEnd > from ? text.slice(ws[from].start, ws[roleEnd - 1].end) : null;
  const isOrganization = ORGANIZATION_WORDS.has(lastKey) || (k === to && ACRONYM.test(text.slice(last.start, end)));
  if (isOrganization) return { name: text.slice(ws[from].start, end), role: null, type: 'organization', gender: 'neuter', surelyPerson: false };
  const first = ws[k].key;
  const gender: Gender = MALE_NAMES.has(first) ? 'male' : FEMALE_NAMES.has(first) ? 'female' : honorific && honorific !== 'unknown' ? honorific : 'unknown';
  return { name, role, type: 'person', gender, surelyPerson: gender !== 'unknown' || !!role || !!honorific };
}
