import type { Gender } from '../lexicon/pronouns';
import type { Entity, EntityType, Span } from '../model';
import { GENERATIONAL_SUFFIXES, LONGEST_SUFFIX } from '../lexicon/firstNames';
import { COMPANY_ENDINGS, COMPANY_KIND_ROLES } from '../lexicon/roles';
import { withoutNameArticle } from './nameArticle';
import { fitsRole, roleWords } from './roleWords';
import { FEMALE_NAME, MALE_NAME, ORGANIZATION, THING, classesOfKey } from './wordClasses';
import { inCapitals, readableName } from './readableName';

/** An entity while the text is read: its mentions grow, its name may get fuller. */
export interface Draft {
  readonly id: string;
  type: EntityType;
  /** Set through the book only, which keeps `key` and `surname` in step. */
  readonly name: string;
  /** The name in lower case, and its last word: "jens stoltenberg", "stoltenberg". */
  readonly key: string;
  readonly surname: string;
  gender: Gender;
  readonly roles: string[];
  /** The roles in lower case, for matching "the secretary general". */
  readonly roleKeys: string[];
  /**
   * The roles and the descriptions set off after the name ("Myron Corliss, the former Florida governor,"), as roleWords;
   * read through roleWordsOf, which splits the texts still waiting in `unsplit` only when a description is compared.
   */
  readonly roleWords: string[][];
  /** Role and description texts not yet in roleWords, in order; a description is kept only if it has words. */
  readonly unsplit: { readonly text: string; readonly role: boolean }[];
  readonly mentions: Span[];
  /** The mentions' starts, kept only once there are many (see `mention`). */
  seen?: Set<number>;
  /** Offset of the latest mention, for "the most recent person". */
  last: number;
  /** Named only by a description ("Haskins's campaign manager"), never by a name of its own. */
  unnamed?: boolean;
  /**
   * Named only in passing, never as what a sentence is about nor as a speaker: "a report from the Kell Research
   * Group, which …". A later bare "the company" means a company the text spoke of, not this one.
   */
  passing?: boolean;
  /**
   * Offset of the latest mention outside quotations, -1 if none: the person a later "he" means is one
   * the article itself spoke of, not one a speaker named. `"I admire Castellan," she wrote.` → not Castellan.
   */
  told: number;
}

interface Writable {
  name: string;
  key: string;
  surname: string;
}

/** d.roleWords with every text waiting in d.unsplit split: most entities' roles are never compared word by word. */
export function roleWordsOf(d: Draft): readonly string[][] {
  if (d.unsplit.length > 0) {
    for (const u of d.unsplit) {
      const words = roleWords(u.text);
      if (u.role || words.length > 0) d.roleWords.push(words);
    }
    // Emptied by pop(), which compiles inline: setting the length calls into the runtime.
    while (d.unsplit.length > 0) d.unsplit.pop();
  }
  return d.roleWords;
}

const byStart = (a: Span, b: Span) => a.start - b.start;

/** The mentions by offset: text is read in order, so most come sorted already, and only the others are copied to be sorted. */
function inOrder(mentions: readonly Span[]): readonly Span[] {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].start > mentions[k].start) return [...mentions].sort(byStart);
  return mentions;
}

/**
 * White space other than one plain space: a no-break space, a line break, a tab. Asked of the regex
 * rather than read unit by unit: a name is most often a slice of the article, whose units cost
 * charCodeAt far more than the regex's own scan.
 */
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);


/** Whether a lower-case key opens with "a", "an" or "one": a description of someone unnamed. */
const opensIndefinite = (key: string) => key.charCodeAt(0) === 0x61 ? key.startsWith('a ') || key.startsWith('an ') || key.startsWith('another ') : key.startsWith('one ');

/**
 * The surname in a lower-case name: its last word, before a generational suffix, without an article that is often
 * left out. "samuel a. alito jr." → "alito"; "bashar al-assad" → "assad".
 */
function surnameOf(key: string): string {
  const last = lastWord(key);
  // The length and the space first: most surnames are longer than any suffix, and a lookup hashes the new string.
  if (last.length > LONGEST_SUFFIX || !key.includes(' ') || !GENERATIONAL_SUFFIXES.has(last)) return withoutNameArticle(last);
  return withoutNameArticle(lastWord(key.slice(0, key.lastIndexOf(' ')).replace(/,$/, '')));
}
const firstWord = (key: string) => key.slice(0, key.indexOf(' '));

/** Whether the lower-case name `key` holds the whole word `word`, at `from` or after. */
function holdsWord(key: string, word: string, from = 0): boolean {
  for (let at = key.indexOf(word, from); at >= 0; at = key.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || key[at - 1] === ' ') && (end === key.length || key[end] === ' ')) return true;
  }
  return false;
}

/** Whether a mention starts at `at`, for an entity with few: a repeat is most often the latest. */
function mentionedAt(mentions: readonly Span[], at: number): boolean {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start === at) return true;
  return false;
}

/**
 * Past this many mentions an entity keeps a Set of their starts: most have a
 * few dozen and a scan is cheaper, but a long report can mention one person
 * ten thousand times, where a scan per mention would be quadratic.
 */
const SCAN_LIMIT = 32;

/** A word in lower case: "a State Department official" is no proper name, "Marisol Arroyo Quiles" is. */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;
const properName = (name: string) => !LOWER_WORD.test(name);

/** A lower-case name without a leading "the": "the imf" → "imf". */
const withoutThe = (key: string) => (key.startsWith('the ') ? key.slice(4) : key);

/** Whether two lower-case names differ only by a leading "the": "the imf", "imf". */
const sameButThe = (a: string, b: string) => (a.length === b.length + 4 && a.startsWith('the ') && a.endsWith(b)) || (b.length === a.length + 4 && b.startsWith('the ') && b.endsWith(a));

/**
 * Whether a lower-case description ends in the name of the one it speaks for: "a spokesman for hillary clinton",
 * whose last word is her surname, not the spokesman's; such a description keeps its whole key as its surname.
 */
const speaksForName = (key: string, name: string) => key.includes(' for ') && !properName(name);

/**
 * Whether "the" and a proper name of two words or more (`name`, lower case `key`) names a body other than the one
 * keyed `other`: "the State Department" is not the Justice Department, though "the transport authority" may be
 * the Harbour Transport Authority, and "the Transport Authority" is.
 */
const otherProperName = (name: string, key: string, other: string) => name.indexOf(' ', 4) > 0 && properName(name.slice(4)) && !other.endsWith(key.slice(3));

/**
 * Whether a body's lower-case name `key`, of two words or more, ends the name `whole`: "foreign affairs department"
 * and "the south african foreign affairs department" name one body, whichever comes first.
 */
const tailOf = (whole: string, key: string) => whole.length > key.length + 1 && whole.endsWith(key) && whole.charCodeAt(whole.length - key.length - 1) === 0x20 && key.includes(' ');

/** Whether two genders are a man's and a woman's. */
const otherSex = (a: Gender, b: Gender) => (a === 'male' && b === 'female') || (a === 'female' && b === 'male');

/**
 * Two people who share a surname: "Stella Marwick" is not Gordon Marwick when
 * neither full name holds the other's first name (a "she" is never a "he": see otherSex).
 * "Rival Harriet Lorne" still is Harriet Lorne.
 */
function kin(d: Draft, key: string): boolean {
  // "the source" after "one source" is that source again, not a relative.
  if (!key.includes(' ') || !d.key.includes(' ') || key.startsWith('the ')) return false;
  return !holdsWord(key, firstWord(d.key)) && !holdsWord(d.key, firstWord(key));
}

/**
 * Whether lower-case words w (as roleWords: fit) name d or a role or description of it. Only a
 * description of two words or more is fitted word by word: a bare "the senator" most often means
 * the senator the story is on, whom the text may never have called one.
 */
function holdsRole(d: Draft, w: string, fit: readonly string[]): boolean {
  if (d.key === w) return true;
  // Loops rather than some() with a closure: a description is compared with every entity of the article.
  for (const r of d.roleKeys) if (r.endsWith(w)) return true;
  if (fit.length > 1) {
    for (const r of roleWordsOf(d)) if (fitsRole(fit, r)) return true;
    // "The region's chief medical officer, Dr. Tomas Rivera,": a title shown before the name holds a description of two words or more.
    for (const r of d.roles) if (fitsRole(fit, roleWords(r))) return true;
  }
  return false;
}

/** Last words of a company's legal name, besides the COMPANY_ENDINGS: "Nashua Corp.", "Provigo Inc.". */
const LEGAL_ENDINGS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'corporation', 'company', 'group', 'ag', 'sa', 'nv']);

/** Whether a lower-case organisation name ends as a company's: "savin corp.", "veltrix holdings". */
export function isCompanyName(key: string): boolean {
  const last = lastWord(key).replace(/\.$/, '');
  return LEGAL_ENDINGS.has(last) || COMPANY_ENDINGS.has(last);
}

/**
 * Whether an organisation is a company by its name ("Savin Corp.") or by the kind the text gave it ("the
 * steelmaker, Harland Steel"): what "the company" and a short form ("Harland said") may mean.
 */
const isCompany = (d: Draft) => isCompanyName(d.key) || companyRole(d);

/** Whether one of an organisation's roles ends in a kind of company: "developer", "largest steelmaker". */
const companyRole = (d: Draft) => d.roleKeys.some((r) => COMPANY_KIND_ROLES.has(lastWord(r)));

const NONE_FOLDED: ReadonlyMap<Draft, Draft> = new Map();

/** Whether every mention opens with "Sir" or "Dame", which stand before a given name: "Dame Olwen" for Dame Olwen Carrick. */
const knightly = (mentions: readonly Span[]) => mentions.length > 0 && mentions.every((m) => m.text.startsWith('Sir ') || m.text.startsWith('Dame '));

/**
 * The entities of one article, found again by their full name, their
 * surname ("Stoltenberg") or a role they hold ("the Secretary General").
 * Lookups compare lower-case keys kept on each draft, so a long article
 * lower-cases each name once rather than at every mention.
 */
export class EntityBook {
  readonly drafts: Draft[] = [];
  /**
   * Given names the text used as places ("in Charlotte"), in lower case: no later mention alone is a person.
   * Made at the first, as most articles have none.
   */
  private places: Set<string> | null = null;
  /** Names the text showed as publications ("wrote in Vulture"), in lower case: they speak as organisations. Made at the first. */
  private outlets: Set<string> | null = null;
  /** The organisations' lower-case names past "the", for namesBody to ask without a walk over the drafts. Made at the first. */
  private bodies: Set<string> | null = null;

  /** Whether the text used this lower-case given name as a place. */
  isPlace(key: string): boolean {
    return this.places !== null && this.places.has(key);
  }

  /** Remembers a lower-case given name the text used as a place. */
  notePlace(key: string): void {
    (this.places ??= new Set()).add(key);
  }

  /** Whether the text showed this lower-case name as a publication ("wrote in Vulture"). */
  isOutlet(key: string): boolean {
    return this.outlets !== null && this.outlets.has(key);
  }

  /** Remembers a lower-case name the text showed as a publication. */
  noteOutlet(key: string): void {
    (this.outlets ??= new Set()).add(key);
  }

  /** The entity a name refers to, creating it if new; a fuller name replaces a shorter one. */
  byName(name: string, type: EntityType, gender: Gender, role: string | null, mention: Span, key = name.toLowerCase(), quoted = false): Draft {
    // "Rufus\u00a0Hadlow" is Rufus Hadlow: names are compared, and shown, with plain spaces.
    if (ODD_SPACE.test(name)) {
      name = name.replace(SPACES, ' ');
      key = key.replace(SPACES, ' ');
    }
    if (type === 'person' && this.outlets !== null && this.outlets.has(key)) {
      type = 'organization';
      gender = 'neuter';
    }
    // "KATE HOLT" of a transcript's label is shown as prose would write her: Kate Holt. A given name first, as
    // "USA TODAY" or "MACS J1149" has none: capitals that are no one's name are left as printed.
    if (type === 'person' && name.indexOf(' ') > 0 && inCapitals(name) && (classesOfKey(key.slice(0, key.indexOf(' '))) & (MALE_NAME | FEMALE_NAME)) !== 0) name = readableName(name);
    const surname = speaksForName(key, name) ? key : surnameOf(key);
    // "Stoltenberg" finds Jens Stoltenberg; "the authority" finds the transport authority. "a campaign
    // spokesman" is someone new, not the "a department spokesman" met before.
    // Asked only of a draft of the same type and surname, which most are not: 1 yes, 0 no, -1 not yet asked.
    let byHead = -1;
    const person = type === 'person';
    // A bare surname shared by two people means the one the article is about: "Marwick" after "Stella Marwick".
    const most = person && !key.includes(' ');
    let d: Draft | undefined;
    for (const e of this.drafts) {
      // "Mrs. Ashgrove" is not the Mr. Ashgrove of the same name.
      if (person && e.type === 'person' && otherSex(e.gender, gender)) continue;
      if (e.key !== key && !sameButThe(e.key, key) && !(e.type === 'organization' && type === 'organization' && (tailOf(e.key, key) || tailOf(key, e.key)))) {
        if (e.type !== type || e.surname !== surname) continue;
        if (byHead < 0) byHead = (person && !opensIndefinite(key)) || name.startsWith('the ') ? 1 : 0;
        if (byHead === 0 || (person && kin(e, key)) || (!person && otherProperName(name, key, e.key))) continue;
      }
      if (!d || (most && e.mentions.length !== d.mentions.length ? e.mentions.length > d.mentions.length : e.last > d.last)) d = e;
    }
    // "Harriet" after "Harriet Lorne": a given name alone, matching no surname, is the first name of someone named.
    if (!d && most && (classesOfKey(key) & (MALE_NAME | FEMALE_NAME)) !== 0) d = this.byGivenName(key);
    // "Ms. Arroyo" after "Marisol Arroyo Quiles", "Ashby" after "Harriet Ashby Lorne": a surname matching no one's
    // last name may be a full name's inner one.
    if (!d && most) d = this.byInnerName(key, gender);
    // "Veltrix said" after "Veltrix Holdings": a bare word no one is named by, opening an organisation's name, is its short form.
    if (!d && ((most && gender === 'unknown') || (type === 'organization' && !key.includes(' ')))) d = this.companyByHead(key);
    if (!d) {
      // Every field from the start, those set later too, so that all drafts share one shape for the loops over them.
      d = { id: `e${this.drafts.length + 1}`, type, name, key, surname, gender, roles: [], roleKeys: [], roleWords: [], unsplit: [], mentions: [], seen: undefined, last: mention.start, unnamed: false, passing: false, told: -1 };
      this.drafts.push(d);
    }
    // A fuller name replaces a shorter one, but "the IMF" is no fuller than "IMF".
    if (name.length > d.name.length && name.includes(' ') && !sameButThe(key, d.key)) {
      const w = d as Writable;
      w.name = name;
      w.key = key;
      w.surname = surname;
    }
    // "Variety reported …" read as someone, then `"…," Variety reported. It said …`: a name nothing showed to be a
    // person's is the body a later mention shows it to be.
    if (type === 'organization' && d.type === 'person' && d.gender === 'unknown' && d.roles.length === 0 && d.key === key) {
      d.type = type;
      d.gender = gender;
    }
    if (d.gender === 'unknown') d.gender = gender;
    if (d.type === 'organization') (this.bodies ??= new Set()).add(withoutThe(d.key));
    // The same text has the same key: most roles repeat with their holder's name.
    if (role && !d.roles.includes(role)) {
      const roleKey = role.toLowerCase();
      if (!d.roleKeys.includes(roleKey)) {
        d.roles.push(role);
        d.roleKeys.push(roleKey);
        d.unsplit.push({ text: role, role: true });
      }
    }
    this.mention(d, mention, quoted);
    return d;
  }

  /**
   * The most recent entity holding a role or description these words fit:
   * "Secretary General", "former governor" for "Former Florida Gov." Myron Corliss.
   * `fit` and `w` are the words' roleWords and lower case, passed by a caller that has them already.
   */
  byRole(words: string, fit: readonly string[] = roleWords(words), w = words.toLowerCase()): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) if ((!best || d.last > best.last) && holdsRole(d, w, fit)) best = d;
    return best;
  }

  /**
   * The most recent entity described ("Ana Hale, the Republican nominee,") by a phrase whose head noun
   * is `head`, for a bare "the nominee" when the latest subject is known as something else. A title shown
   * before the name counts too: "The inquiry chairman, Owen Briggs," is "the chairman" after another speaker.
   */
  byDescribedHead(head: string): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) if ((!best || d.last > best.last) && (roleWordsOf(d).some((r) => fitsRole([head], r)) || d.roles.some((r) => fitsRole([head], roleWords(r))))) best = d;
    return best;
  }

  /**
   * Whether these words (their roleWords `fit`, their lower case `key`) name a role or description of d:
   * "the senator" for Sen. Enzo Salcedo.
   */
  holds(d: Draft, words: string, fit: readonly string[] = roleWords(words), key = words.toLowerCase()): boolean {
    return holdsRole(d, key, fit);
  }

  /**
   * Lists a role an aside stated ("Jonas Wilde, the minister,") among the entity's roles, for readers; it stays
   * out of roleKeys, so that a later bare "the minister" is matched as before, by the description.
   */
  showRole(d: Draft, role: string): void {
    const key = role.toLowerCase();
    for (const r of d.roles) if (r.toLowerCase() === key || r.toLowerCase().endsWith(' ' + key)) return;
    d.roles.push(role);
  }

  /** Remembers how the text described an entity, for later descriptions to find it; not a role it holds. */
  describe(d: Draft, description: string): void {
    d.unsplit.push({ text: description, role: false });
  }

  /** The person most written about whose full name opens with the given name `key`: "wilbur" → Wilbur Haskins. */
  byGivenName(key: string): Draft | undefined {
    let best: Draft | undefined;
    // The first word compared in place: its first space right after `key`.
    for (const d of this.drafts) if (d.type === 'person' && d.key.indexOf(' ') === key.length && d.key.startsWith(key) && (!best || d.mentions.length > best.mentions.length)) best = d;
    return best;
  }

  /** The person most written about whose name of three words or more holds `key` inside: "arroyo" → Marisol Arroyo Quiles. */
  private byInnerName(key: string, gender: Gender): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) {
      // "Nadia Kormos Show" is no person's full name, whatever a name run made of it.
      const first = d.key.indexOf(' ');
      if (d.type !== 'person' || otherSex(d.gender, gender) || d.surname === key || first === d.key.lastIndexOf(' ')) continue;
      // The words after the first, read in place; the lexicon and the regex only for a name that holds `key`.
      if (!holdsWord(d.key, key, first + 1) || (best && d.mentions.length <= best.mentions.length)) continue;
      if ((classesOfKey(d.surname) & (THING | ORGANIZATION)) !== 0 || !properName(d.name)) continue;
      best = d;
    }
    return best;
  }

  /**
   * The latest company whose lower-case name, past "the", opens with the word `key` and ends as a company's
   * does: "veltrix" → Veltrix Holdings, "nashua" → Nashua Corp.; not "gingrich" → Gingrich PAC, nor "dutch" → the Dutch
   * chemical group, a description.
   */
  companyByHead(key: string): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) {
      if (d.type !== 'organization' || (best && d.last <= best.last)) continue;
      const at = d.key.startsWith('the ') ? 4 : 0;
      if (d.key.charCodeAt(at + key.length) === 0x20 && d.key.startsWith(key, at) && isCompany(d) && properName(d.name.slice(at))) best = d;
    }
    return best;
  }

  /**
   * The latest organisation named as a company ("Riverside Water", "Kell Holdings Inc.") or shown as one by a
   * role ("the developer, Northgate Living"): what "the company" means.
   */
  latestCompany(): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) {
      if (d.type !== 'organization' || (best && d.last <= best.last)) continue;
      if ((d.key.includes(' ') && isCompanyName(d.key) && !d.passing) || companyRole(d)) best = d;
    }
    return best;
  }

  /** Whether a person of this lower-case surname has been named: "marwick" after "Gordon Marwick". */
  knows(surname: string): boolean {
    for (const d of this.drafts) if (d.type === 'person' && d.surname === surname) return true;
    return false;
  }

  /** Whether an organisation of this lower-case name has been named: "harland steel" after "Harland Steel, a steelmaker,". */
  namesBody(key: string): boolean {
    return this.bodies !== null && this.bodies.has(withoutThe(key));
  }

  /** The organisation of this lower-case name, with or without "the": "the health board" after "The health board said". */
  bodyNamed(key: string): Draft | undefined {
    if (!this.namesBody(key)) return undefined;
    for (const d of this.drafts) if (d.type === 'organization' && (d.key === key || sameButThe(d.key, key))) return d;
    return undefined;
  }

  /** Whether a person of this lower-case surname has been named in full: "klein" after "Edward Klein". */
  knowsInFull(surname: string): boolean {
    for (const d of this.drafts) if (d.type === 'person' && d.surname === surname && d.key !== surname) return true;
    return false;
  }

  /** The most recent person whose name ends with `name`: "Stoltenberg" → Jens Stoltenberg. */
  latestPerson(name: string, key = name.toLowerCase()): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) if (d.type === 'person' && (!best || d.last > best.last) && (d.name.endsWith(name) || d.surname === key)) best = d;
    return best;
  }

  /** Records a mention; `quoted` for one inside a quotation, which leaves `told` as it was. */
  mention(d: Draft, span: Span, quoted = false): void {
    const mentions = d.mentions;
    if (mentions.length < SCAN_LIMIT) {
      if (!mentionedAt(mentions, span.start)) mentions.push(span);
    } else {
      const seen = (d.seen ??= new Set(mentions.map((m) => m.start)));
      if (!seen.has(span.start)) {
        mentions.push(span);
        seen.add(span.start);
      }
    }
    d.last = Math.max(d.last, span.start);
    if (!quoted) d.told = Math.max(d.told, span.start);
  }

  /**
   * Folds a given name named alone before the full name into its holder ("Harriet" in a headline,
   * "Harriet Lorne" below it), or after "Sir" or "Dame" anywhere ("Dame Olwen"), when one person only has that given name. Returns each draft
   * folded with the one it went into; the folded draft is left without mentions.
   */
  foldGivenNames(): ReadonlyMap<Draft, Draft> {
    // Made at the first fold, as most articles have none.
    let folded: Map<Draft, Draft> | null = null;
    for (const d of this.drafts) {
      if (d.type !== 'person' || d.key.includes(' ') || ((classesOfKey(d.key) & (MALE_NAME | FEMALE_NAME)) === 0 && !knightly(d.mentions))) continue;
      let holder: Draft | undefined;
      let holders = 0;
      for (const e of this.drafts) {
        if (e.type === 'person' && e.key.indexOf(' ') === d.key.length && e.key.startsWith(d.key) && !otherSex(e.gender, d.gender) && holders++ === 0) holder = e;
      }
      if (!holder || holders > 1) continue;
      for (const m of d.mentions) this.mention(holder, m);
      d.mentions.length = 0;
      (folded ??= new Map()).set(d, holder);
    }
    return folded ?? NONE_FOLDED;
  }

  /** The entities found, once the text is read: they share the drafts' lists of roles and mentions, which no later step changes. */
  entities(): Entity[] {
    const out: Entity[] = [];
    for (const d of this.drafts) if (d.mentions.length > 0) out.push({ id: d.id, type: d.type, name: d.name, roles: d.roles, mentions: inOrder(d.mentions) });
    return out;
  }
}
