import { FEMALE_NAMES, MALE_NAMES } from '../../lexicon/firstNames';
import { ROLE_WORDS } from '../../lexicon/roles';
import { isPartyTag } from '../partyTag';
import { clauseStart } from './clauseStart';
import { prepositionLead } from './leadPhrases';

/** The aside in "X, who voted with the majority, said …": the subject stands before it. */
const APPOSITIVE = /^\s*(?:who|whose|which|a|an|the|now|then|also|himself|herself)\b/i;

/** An age between commas: "Cory Hale, 22, said". */
const AGE_ASIDE = /^\s*\d{1,3}\s*$/;
/** A home town between commas: "Cory Hale, of Leeds, said", "a nurse from Hove". */
const HOME_ASIDE = /^\s*(?:of|from)\s+\p{Lu}/u;
/** A phrase of time, place or manner between commas: "Kell, in an interview, said", "Kell, during a visit to Leeds, said". */
const PHRASE_ASIDE = /^\s*(?:in|at|on|during|after|before|speaking|while|with|at\s+a|in\s+a)\s+\S/;
/**
 * A participle phrase between commas: "The campaign, backed by traders, said", "The group, founded in 1990, said".
 * Only one that goes on with a preposition: "X, welcomed the plan, said" is no English a subject would carry.
 */
const PARTICIPLE_ASIDE = /^\s*(?:[a-z]{2,}ed|led|run|known|chosen|made|held|born|built|given|taken|seen|brought|set\s+up)\s+(?:by|in|at|on|with|for|from|under|after|since|as|to)\s+\S/;
/** A participle aside right after the clause that opens the sentence: "The campaign, backed by traders, said"; deeper in, it may hang off any noun. */
const participleAfterSubject = (seg: string, start: number, aside: string): boolean => PARTICIPLE_ASIDE.test(aside) && clauseStart(seg, start - 1) <= 1;
/** The region after a home town: "of Flint, Mich., said", "of Leeds, West Yorks., said". */
const REGION_ASIDE = /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*$/u;
/** A role of a body with no article: "chair of the Royal College", "head of policy at Green Ledger"; its words checked by roleAside. */
const ROLE_ASIDE = /^\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u;

/** A role and its field, maybe with its body: "cabinet member for education", "head of policy at the trust". */
const FIELD_ASIDE = /^\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:of|for)\s+[a-z][a-z-]*(?:\s+(?:at|of|for)\s+(?:the\s+)?\S+(?:\s+\S+){0,3})?\s*$/u;

/** Whether the aside is a role of a body: one of the lower-case words before "of" is a role word ("chair", "director", "head"). */
function roleAside(aside: string): boolean {
  const m = ROLE_ASIDE.exec(aside) ?? FIELD_ASIDE.exec(aside);
  if (!m) return false;
  for (const word of m[1].split(/\s+/)) if (ROLE_WORDS.has(word)) return true;
  return false;
}
/** Most asides skipped back to the subject: an age, a home town and its region, a description. */
const MAX_ASIDES = 4;

/**
 * Where the subject ends when asides stand between it and its verb: the comma before the first aside, or
 * `comma` itself when none does. `Cory Hale, 22, of Flint, Mich., said` → the comma after "Hale".
 */
export function asidesBefore(seg: string, comma: number): number {
  let end = comma;
  // one description at most: in "Last month, the Courier, a weekly, revealed" the second is the subject itself
  let described = false;
  for (let steps = 0; steps < MAX_ASIDES; steps++) {
    const start = clauseStart(seg, end);
    if (start <= 1) break;
    const aside = seg.slice(start, end);
    const isDescription: boolean = !described && (APPOSITIVE.test(aside) || roleAside(aside));
    // "In Leeds, a port official, speaking on …, said": after an opening phrase the description is the subject itself
    if (isDescription && clauseStart(seg, start - 1) <= 1 && prepositionLead(seg, start - 1)) break;
    if (isDescription || AGE_ASIDE.test(aside) || HOME_ASIDE.test(aside) || PHRASE_ASIDE.test(aside) || participleAfterSubject(seg, start, aside) || isPartyTag(aside.trim())) {
      // "…, who lost her job in Tarbury, Wessex, in May, said": a region left as the subject ends a clause
      // the skipping cannot see the start of; the subject stays unknown rather than "Wessex"
      if (strandsRegion(seg, start - 1)) break;
      described ||= isDescription;
      end = start - 1;
      continue;
    }
    // a region counts only right after its town: "of Flint, Mich."
    const town = clauseStart(seg, start - 1);
    if (REGION_ASIDE.test(aside) && town > 1 && (HOME_ASIDE.test(seg.slice(town, start - 1)) || PHRASE_ASIDE.test(seg.slice(town, start - 1)))) {
      end = town - 1;
      continue;
    }
    break;
  }
  return end;
}

/** Whether a capitalised run opens with a given name, as a person's name does and a region does not: " Ann Kell". */
function opensWithGivenName(run: string): boolean {
  const word = /\p{L}+/u.exec(run)?.[0].toLowerCase() ?? '';
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word);
}

/** A clause that ends on a town: "… the flood in Tarbury". */
const ENDS_IN_TOWN = /\b(?:in|at|from|of|near|to|into|outside|across|around)\s+\p{Lu}[\p{L}.'\u2019-]*\s*$/u;

/**
 * Whether the clause ending at `comma` is a region after a town that ends a longer clause, which the skipping
 * cannot see the start of: "…, who lost her job in Tarbury, Wessex,". Not a name ("In October, Mr. Kell,").
 */
function strandsRegion(seg: string, comma: number): boolean {
  const start = clauseStart(seg, comma);
  const region = seg.slice(start, comma);
  if (start <= 1 || !REGION_ASIDE.test(region) || opensWithGivenName(region)) return false;
  const town = seg.slice(clauseStart(seg, start - 1), start - 1);
  return ENDS_IN_TOWN.test(town) && !HOME_ASIDE.test(town) && !PHRASE_ASIDE.test(town);
}
