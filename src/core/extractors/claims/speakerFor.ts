import type { ClaimSpeaker, Entity, Span, SpeakerRef } from '../../model';
import { SUBJECT_PRONOUNS, type Gender } from '../../lexicon/pronouns';
import { FEMALE_NAMES, MALE_NAMES } from '../../lexicon/firstNames';
import { COMPANY_ENDINGS, COMPANY_KIND_ROLES, ORGANIZATION_WORDS, OUTLET_NAME_WORDS, OUTLET_REFERENCES, ROLE_WORDS } from '../../lexicon/roles';
import { FINDING_NOUNS } from '../../lexicon/claimFrameWords';
import { TIME_NOUNS, TIME_WORDS } from '../../lexicon/timeWords';
import type { MentionIndex } from './mentionIndex';
import { isTrimSpace } from '../../charCodes';
import { peopleLink } from './peopleAtBody';

/**
 * A source named by its role only, resolved like a pronoun: "the Secretary
 * General". A longer description or one with a possessive ("the state's party
 * leader") introduces someone new.
 */
const ROLE_ONLY = /^the\s+[a-z][\w-]*(?:\s+[\w-]+){0,2}$/i;
const LEADING_FILLER = /^(?:as|so|and|but|yet|then|also)\s+/i;
/**
 * A document standing for its author: the body that published it is the source.
 * "figures published last week by the statistics office" → "the statistics office".
 */
const DOCUMENT_BY =
  /^(?:(?:the|a|an|new|latest|recent|official|unofficial|preliminary|provisional|partial|final|initial|\d{4})\s+)*(?:figures|data|statistics|numbers|estimates|forecasts?|results|report|survey|study|poll|analysis)\b.*?\b(?:by|from)\s+(.+?)[\s,.;:]*$/i;

/**
 * A document owned by its author: the owner is the source. "The treasury's own forecast" → "The treasury",
 * "the council's latest figures" → "the council".
 */
const DOCUMENT_OF_OWNER =
  /^(.+?)['’]s?\s+(?:(?:own|new|latest|recent|official|unofficial|preliminary|provisional|internal|final|annual|\d{4})\s+)*(?:figures|data|statistics|numbers|estimates?|forecasts?|projections?|results|report|survey|study|poll|analysis|modelling|modeling|calculations|records)$/i;

/** A document about something, its author not named: "a recent review of the minister's emails". */
const DOCUMENT_OF =
  /^(?:(?:as|so|and|but|yet|then|also|the|a|an|new|latest|recent|official|\d{4})\s+)*(?:review|survey|study|analysis|audit|poll|report|investigation|inquiry)\s+of\s/i;
/** A hedge closing the source before its verb: "a review … seems to [show]". */
const HEDGE_END = /\s+(?:seems?|appears?)\s+to\s*$/i;
/** The author named after the document: "a review of the contracts by the audit office". */
const AUTHOR_AFTER = /\s(?:by|from)\s/i;

/**
 * Who a reported clause belongs to, given the words naming its source.
 * An entity mention inside the words wins; a pronoun or a bare role falls back
 * to the last speaker before it when it can stand for that speaker ("it" for a
 * body, "the company" for a company, "he" for no body); any other words stand
 * as a free-text name.
 * The entity of the mention ending last inside the words wins (the head of "NATO chief Jens Stoltenberg").
 * "Stoltenberg" → { entityId: "e1", name: "Jens Stoltenberg", mention: "Stoltenberg" } when e1 has that mention.
 */
export function speakerFor(source: Span | null, mentions: MentionIndex, previous: ClaimSpeaker | null): ClaimSpeaker | null {
  if (!source) return null;
  const ref = speakerOf(source, mentions, previous);
  const mention = ref && creditWords(source);
  // "he said": the last speaker, credited here by the pronoun, as a quote's speaker mention is
  return mention ? { entityId: ref.entityId, name: ref.name, mention } : ref;
}

/** The source's span without the spaces at its edges and a leading "and", "as", …: null when nothing is left. */
function creditWords(source: Span): Span | null {
  const t = source.text;
  let a = 0;
  let b = t.length;
  while (a < b && isTrimSpace(t.charCodeAt(a))) a++;
  const filler = LEADING_FILLER.exec(a ? t.slice(a) : t);
  if (filler) a += filler[0].length;
  while (b > a && isTrimSpace(t.charCodeAt(b - 1))) b--;
  if (a === b) return null;
  return a === 0 && b === t.length ? source : { start: source.start + a, end: source.start + b, text: t.slice(a, b) };
}

function speakerOf(source: Span, mentions: MentionIndex, previous: SpeakerRef | null): SpeakerRef | null {
  // "a review of Ann Lee's emails": the document speaks, not the one it is about
  if (DOCUMENT_OF.test(source.text) && !AUTHOR_AFTER.test(source.text)) return { entityId: null, name: source.text.replace(LEADING_FILLER, '').replace(HEDGE_END, '').trim() };
  const entity = firstOfPair(source, mentions) ?? mentions.lastEndingInside(source.start, source.end);
  // "The newspaper said", taken for a body of its own, is the outlet that spoke last
  if (entity) {
    // "Officials at the Harbour Department said": the people speak, linked to their body;
    // "A spokesman for Mayor Ann Lee said": the spokesman speaks, not the one he speaks for
    if ((entity.type === 'organization' || entity.type === 'person') && LINK_WORD.test(source.text)) {
      const at = mentionStartInside(entity, source);
      const link = at > source.start ? peopleLink(source.text.slice(0, at - source.start)) : null;
      if (link && (entity.type === 'organization' || link === 'for' || link === 'to')) {
        return { entityId: entity.type === 'organization' ? entity.id : null, name: source.text.replace(LEADING_FILLER, '').trim() };
      }
    }
    const head = previous ? bareHead(entity.name) : null;
    if (previous && head !== null && ((OUTLET_REFERENCES.has(head) && isOutlet(previous, mentions)) || bareKindOf(entity.name, head, previous, mentions))) return previous;
    return { entityId: entity.id, name: entity.name };
  }
  const words = source.text.replace(LEADING_FILLER, '').trim();
  const author = DOCUMENT_BY.exec(words)?.[1];
  if (author) return { entityId: null, name: withoutTimeTail(author) };
  // a possessive holds "'" or "’": most sources have neither, and the regex is not run
  const owner = words.includes("'") || words.includes('\u2019') ? DOCUMENT_OF_OWNER.exec(words)?.[1] : undefined;
  if (owner) return { entityId: null, name: owner };
  const key = words.toLowerCase();
  const gender = SUBJECT_PRONOUNS.get(key);
  if (gender !== undefined) return previous && fitsPronoun(gender, previous, mentions) ? previous : null;
  // "the union representing officers" is a noun and a participle's phrase, no title that may stand for the last speaker
  if (ROLE_ONLY.test(words) && !participleAfterHead(key)) {
    // "the company reported", "according to the authority": a body, not the person who spoke last
    const head = key.slice(key.lastIndexOf(' ') + 1);
    // "The operator confirmed …" and, before or after, "Northline Rail, the operator,": the body the article gave that kind
    const kind = head.length + 4 === key.length && COMPANY_KIND_ROLES.has(head) ? mentions.bodyOfKind(head) : undefined;
    if (kind) return { entityId: kind.id, name: kind.name };
    if (ORGANIZATION_WORDS.has(head) && !(previous && isBody(previous, mentions) && namesBodyKind(previous.name, head))) return { entityId: null, name: words };
    // "the study concluded": a document speaks for itself, unless the last source was one ("a survey released on Thursday")
    if (FINDINGS.has(head) && !(previous && namesFinding(previous.name))) return { entityId: null, name: words };
    // "according to the state", "the city said": a polity speaks for itself, not for the person who spoke last
    if (POLITIES.has(head) && !(previous && wordIn(previous.name.toLowerCase(), head))) return { entityId: null, name: words };
    // "The Guardian reported": a capitalised head that is no title names the source itself, unless the last speaker bears it
    if (namesItself(words, head) && !(previous && bears(previous, head, mentions))) return { entityId: null, name: words };
    // "the newspaper reported": an outlet is the last speaker only when that one was an outlet too
    if (OUTLET_REFERENCES.has(head) && !(previous && isOutlet(previous, mentions))) return { entityId: null, name: words };
    // "the inspector general found": a person's title cannot stand for the body that spoke last; its spokesperson speaks for it
    if (previous && ROLE_WORDS.has(head) && !ORGANIZATION_WORDS.has(head) && !head.startsWith('spokes') && isBody(previous, mentions)) return { entityId: null, name: words };
    return previous ?? { entityId: null, name: words };
  }
  return words ? { entityId: null, name: withoutTimeTail(withoutParticipleTail(words)) } : previous;
}

/** Whether a word after the second of a lower-case source ends in "-ing": "the union representing officers", not "the acting mayor". */
function participleAfterHead(key: string): boolean {
  const second = key.indexOf(' ', 4);
  return second > 0 && /ing\b/.test(key.slice(second));
}

/** A word that links people to the body or person named after them: most sources ("Ann Lee") hold none. */
const LINK_WORD = /\s(?:at|of|for|from|with|in|within|inside|to)\s/i;

/** Where the entity's last-ending mention inside the source starts, or -1. */
function mentionStartInside(entity: Entity, source: Span): number {
  let at = -1;
  let end = -1;
  // mentions come in text order: read back from the last, past those after the source, to the first before it
  const mentions = entity.mentions;
  for (let k = mentions.length - 1; k >= 0 && mentions[k].start >= source.start; k--) {
    const m = mentions[k];
    if (m.end <= source.end && m.end > end) [at, end] = [m.start, m.end];
  }
  return at;
}

/**
 * "Dana Kell and Tom Hale said": the first of two joined speakers, as their quotes take her, when a person's
 * mention ends right before the "and"; null otherwise ("Tom Kell's lawyer and aide Ana Ruiz" names no pair).
 */
function firstOfPair(source: Span, mentions: MentionIndex): Entity | null {
  const and = source.text.indexOf(' and ');
  if (and < 0) return null;
  const first = mentions.lastEndingInside(source.start, source.start + and);
  if (first?.type !== 'person' || !first.mentions.some((m) => m.end === source.start + and && m.start >= source.start)) return null;
  // the words after "and" must name a person too: "Dana Kell and the council" is no pair of speakers
  const second = mentions.lastEndingInside(source.start + and + 5, source.end);
  return second?.type === 'person' && second !== first ? first : null;
}

/** A phrase of time closing a source: " shortly after midnight", " on Monday", " late last night"; the word it names in group 1. */
const TIME_TAIL = /\s+(?:(?:shortly|soon|just|hours|minutes|days|late|early)\s+)?(?:after|before|on|at|during|late|early|last|this|overnight)\s+(?:the\s+|last\s+)?([a-z]+)\s*$/i;
const TIME_HEADS: ReadonlySet<string> = new Set([...TIME_NOUNS, ...TIME_WORDS, 'midnight', 'noon', 'dawn', 'dusk']);

/**
 * Whether the source's last word, which TIME_TAIL's group 1 would be, names a time: most sources ("the ministry")
 * end on none, and then the regex, tried at every white space, is not run.
 */
function endsOnTimeHead(words: string): boolean {
  let end = words.length;
  while (end > 0 && isTrimSpace(words.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isTrimSpace(words.charCodeAt(start - 1))) start--;
  return TIME_HEADS.has(words.slice(start, end).toLowerCase());
}

/** The source without a phrase of time closing it: "the electoral commission shortly after midnight" → "the electoral commission". */
function withoutTimeTail(words: string): string {
  if (!endsOnTimeHead(words)) return words;
  const m = TIME_TAIL.exec(words);
  if (!m || m.index === 0 || !TIME_HEADS.has(m[1].toLowerCase())) return words;
  const head = words.slice(0, m.index);
  const bare = PARTICIPLE_END.exec(head);
  return bare && bare.index > 0 ? head.slice(0, bare.index) : head;
}

/**
 * The source's noun before a past participle that tells how or when the source came out, or the words as they are.
 * "unofficial results released shortly after midnight" → "unofficial results". Kept whole: a tail naming who
 * released it ("seen by the Courier"), a relative clause with its own subject ("figures her campaign released"),
 * a participle after an adverb or auxiliary ("a previously announced plan", "who has seen"), a noun phrase too long to be sure of.
 */
function withoutParticipleTail(words: string): string {
  const m = PARTICIPLE_TAIL.exec(words);
  if (!m) return words;
  const head = words.slice(0, m.index).split(/\s+/);
  if (head.length > MAX_HEAD_WORDS) return words;
  const last = head[head.length - 1].toLowerCase();
  if (last.endsWith('ly') || NOT_HEADS.has(last) || head.some((w) => OWNERS.has(w.toLowerCase()))) return words;
  return words.slice(0, m.index);
}
const PARTICIPLES = '(?:released|published|issued|posted|compiled|announced|presented|circulated|obtained|seen)';
const PARTICIPLE_TAIL = new RegExp(`\\s+${PARTICIPLES}\\s(?!.*\\bby\\s)`);
/** A participle left closing the source once its phrase of time is gone: "a survey released [on Thursday]". */
const PARTICIPLE_END = new RegExp(`\\s+${PARTICIPLES}$`, 'i');
const MAX_HEAD_WORDS = 3;
const NOT_HEADS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'who', 'which', 'that']);
const OWNERS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);

const FINDINGS: ReadonlySet<string> = new Set(FINDING_NOUNS);

/** Whether the source's last word, `head` lower-cased, is capitalised and no title: "The Guardian", not "the Secretary General". */
function namesItself(words: string, head: string): boolean {
  const code = words.charCodeAt(words.length - head.length);
  return code >= 65 && code <= 90 && !ROLE_WORDS.has(head);
}

/** Whether the speaker's name or one of its entity's roles holds `head`: "Ombudsman Ines Vale" for "the Ombudsman". */
function bears(speaker: SpeakerRef, head: string, mentions: MentionIndex): boolean {
  if (wordIn(speaker.name.toLowerCase(), head)) return true;
  const roles = mentions.entityOf(speaker.entityId)?.roles ?? [];
  for (let k = 0; k < roles.length; k++) if (wordIn(roles[k].toLowerCase(), head)) return true;
  return false;
}

/** A body's name that opens on its kind before "of" or "for": "Institute for Fiscal Studies", "the Bank of Leeds". */
const KIND_FIRST = /^(?:the\s+)?([a-z]+)\s+(?:of|for)\s/i;

/** Whether a body's name ends or opens on the kind `head`: "the institute" is "Institute for Fiscal Studies", "the bank" "Corvin Bank". */
function namesBodyKind(name: string, head: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(head) || KIND_FIRST.exec(lower)?.[1] === head;
}

/**
 * The noun of a name that is "the" and one word, lower-cased, or null: "the newspaper" → "newspaper". Most
 * names ("Ann Lee") are passed by on their first letters, with no copy made.
 */
function bareHead(name: string): string | null {
  if (name.length < 5 || name.charCodeAt(3) !== 32 || (name.charCodeAt(0) | 32) !== 116 || (name.charCodeAt(1) | 32) !== 104 || (name.charCodeAt(2) | 32) !== 101) return null;
  return name.indexOf(' ', 4) < 0 ? name.slice(4).toLowerCase() : null;
}

/** Whether "the" and `head`, the name, is a kind of body that names the entity that spoke last: "the institute" after "Institute for Fiscal Studies". */
function bareKindOf(name: string, head: string, previous: SpeakerRef, mentions: MentionIndex): boolean {
  // only a named entity: a description spoken before ("the consumer-products company") gives nothing better
  return previous.entityId !== null && ORGANIZATION_WORDS.has(head) && previous.name.toLowerCase() !== name.toLowerCase() && isBody(previous, mentions) && namesBodyKind(previous.name, head);
}

/** Last words of a body's name that show no outlet: "the Audit Office", "Halden Securities". */
const NOT_OUTLET_ENDS: ReadonlySet<string> = new Set([...ORGANIZATION_WORDS, ...COMPANY_ENDINGS].filter((w) => !OUTLET_NAME_WORDS.has(w)));

/**
 * Whether the speaker can be the outlet "the newspaper" stands for: no person and no document, a capitalised
 * name whose last word names no other kind of body ("The Guardian", "the Harbour Gazette", "The Post").
 */
function isOutlet(speaker: SpeakerRef, mentions: MentionIndex): boolean {
  const type = mentions.typeOf(speaker.entityId);
  if ((speaker.entityId !== null && (type === undefined || type === 'person')) || namesFinding(speaker.name)) return false;
  const name = speaker.name.replace(/^the\s+/i, '');
  const code = name.charCodeAt(0);
  if (!(code >= 65 && code <= 90)) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return !NOT_OUTLET_ENDS.has(last) && (speaker.entityId !== null || /^the\s/i.test(speaker.name) || OUTLET_NAME_WORDS.has(last));
}
/** Places that govern and speak as bodies: "the state reported", "according to the county". */
const POLITIES: ReadonlySet<string> = new Set(['state', 'city', 'county', 'country', 'nation', 'town', 'region', 'province', 'district', 'borough', 'council']);
/** Whether `word` stands in `name` as a whole word: "fund" in "international monetary fund", not in "refund". */
const wordIn = (name: string, word: string): boolean => name.split(/[^a-z0-9]+/).includes(word);

/** Whether a source's name holds a document of research: "a New York Times survey released on Thursday". */
const namesFinding = (name: string): boolean => name.toLowerCase().split(/[^a-z]+/).some((w) => FINDINGS.has(w));

/** Whether the speaker is a body: an organisation or group, or free text whose last word names one ("the ministry"). */
function isBody(speaker: SpeakerRef, mentions: MentionIndex): boolean {
  const type = mentions.typeOf(speaker.entityId);
  if (type !== undefined) return type !== 'person';
  const name = speaker.name.toLowerCase();
  return ORGANIZATION_WORDS.has(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * Whether a pronoun can stand for the speaker: "it" for a body or a document only, "he" and
 * "she" for no body, and not for a person the text has called the other (by a
 * pronoun among the entity's mentions) or whose given name is the other's;
 * "they" for either.
 */
function fitsPronoun(gender: Gender, speaker: SpeakerRef, mentions: MentionIndex): boolean {
  // "The report estimates … It also says …": a document speaks as "it" too, never as "he" or "she"
  const document = speaker.entityId === null && namesFinding(speaker.name);
  if (gender === 'neuter') return isBody(speaker, mentions) || document || companyByRole(speaker, mentions);
  if (gender === 'male' || gender === 'female') return !isBody(speaker, mentions) && !document && personGender(speaker, mentions) !== otherOf(gender);
  return true;
}

/**
 * Whether a speaker typed a person has a kind of company for a role and no given name: "the developer, Northgate
 * Living, said … It expects …". Only "it" asks: "he" or "she" after such a name keeps its reading.
 */
function companyByRole(speaker: SpeakerRef, mentions: MentionIndex): boolean {
  const roles = mentions.entityOf(speaker.entityId)?.roles;
  if (!roles?.length || !roles.some((r) => COMPANY_KIND_ROLES.has(r.slice(r.lastIndexOf(' ') + 1).toLowerCase()))) return false;
  const space = speaker.name.indexOf(' ');
  const given = (space < 0 ? speaker.name : speaker.name.slice(0, space)).toLowerCase();
  return !MALE_NAMES.has(given) && !FEMALE_NAMES.has(given);
}

const otherOf = (gender: 'male' | 'female'): Gender => (gender === 'male' ? 'female' : 'male');

/** What the text or the name lists tell of a person's gender: "he" among the mentions, else the given name. */
function personGender(speaker: SpeakerRef, mentions: MentionIndex): Gender {
  const entity = mentions.entityOf(speaker.entityId);
  for (const m of entity?.mentions ?? []) {
    const said = SUBJECT_PRONOUNS.get(m.text.toLowerCase());
    if (said === 'male' || said === 'female') return said;
  }
  const space = speaker.name.indexOf(' ');
  const given = (space < 0 ? speaker.name : speaker.name.slice(0, space)).toLowerCase();
  if (MALE_NAMES.has(given) && !FEMALE_NAMES.has(given)) return 'male';
  if (FEMALE_NAMES.has(given) && !MALE_NAMES.has(given)) return 'female';
  return 'unknown';
}
