/*
 * What may follow the reporting verb, each tried right after it in the frame
 * (sticky, see takenAt) instead of at the start of a slice of what follows.
 */
import { IRREGULAR_VERBS } from '../../lexicon/clauseWords';
import { AUXILIARIES } from '../../lexicon/reportingVerbs';
export const ADDING = /[\s,;]*(?:and\s+)?(?:adding|added|noting|saying|stressing|warning)\s+(?:that\s+)?/iy;
/**
 * A move the speaker says something of, after the verb and a phrase of time: "…, the ministry announced on
 * Friday, in a move it said would protect 12,000 jobs" → the words after "said" are the speaker's claim too.
 */
export const MOVE_SAID =
  /(?:\s+(?:on|in|last|this|late|early|earlier)\b[^,.;:]{0,30})?\s*,\s*(?:in\s+)?an?\s+(?:move|step|decision|measure)\s+(?:that\s+)?(?:it|he|she|they)\s+(?:said|says)\s+/iy;
/**
 * A clause of the writer's after an inverted frame and a phrase of time: "…, the council confirmed on Friday, after
 * its roll fell from 84 to 41" → what follows "after" is narration, kept as its own clause.
 */
export const AFTER_FRAME = /(?:\s+(?:on|in|last|this|late|early|earlier)\b[^,.;:]{0,30})?\s*,\s*(?:after|because|as|since|when|while|although|though|despite|amid)\s+/iy;
/**
 * Whether seg[from, to) holds a finite verb, as a clause does and a phrase does not: "after its roll fell" yes,
 * "after a review of the budget" no. Asked only of the few clauses AFTER_FRAME finds.
 */
export function holdsVerb(seg: string, from: number, to: number): boolean {
  for (const m of seg.slice(from, to).matchAll(/[a-z]+/g)) {
    const w = m[0];
    if ((w.length > 3 && w.endsWith('ed')) || IRREGULAR_VERBS.has(w) || AUXILIARIES.has(w)) return true;
  }
  return false;
}
/** "that" right after the verb, an adverb or a short frame: "said separately that …", "said on Monday that …", "said last month that …". */
export const THAT_SOON = /\s*,?\s*(?:[a-z]+ly\s+)?(?:(?:at|in|on|for|within|during|ahead of|after|before|earlier|to|in an?|last|this|yesterday|today|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,.;:]{0,60}?\s)?that\s+/iy;
/** THAT_SOON reaching for the last "that" of its frame: "said in an interview that aired on Sunday that …". */
export const THAT_LATE = new RegExp(THAT_SOON.source.replace('{0,60}?', '{0,60}'), 'iy');
/** A frame phrase ending on a noun after an article, so that a "that" after it may open a relative clause: "in an interview that". */
const NOUN_BEFORE_THAT = /\b(?:a|an|the|his|her|their|its)\s+[\w-]+\s+that\s+$/i;
/** A verb right after "that": the relative "that" of "an interview that was broadcast", not a clause with its subject. */
const RELATIVE_VERB = /^(?:was|were|is|are|has|had|have|will|would|could|can|may|might|aired|appeared|ran|drew|went|circulated|gained|got)\b/i;
/** "told reporters that", "told local radio on Wednesday that", and a day's part past those words: "… on Wednesday night that". */
export const THAT_AFTER_OBJECT =
  /\s+(?:[\w'\u2019]+\s+){1,4}?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|late|early)\s+(?:morning|afternoon|evening|night)\s+)?that\s+/iy;
/** THAT_AFTER_OBJECT over a longer audience and its time: "told a crowded hall at a hotel in Leeds on Tuesday that". */
export const THAT_AFTER_AUDIENCE = /\s+(?:[\w'\u2019.-]+\s+){5,12}?that\s+/iy;
/** A phrase of time or manner after an answering verb: "within the hour", "hours later", "swiftly". */
const TIME_AFTER = /\s+(?:within|shortly|soon|quickly|swiftly|immediately|promptly|angrily|hours|minutes|days|weeks|moments|later|late|early|overnight|last|this|the\s+(?:next|same|following))\b/iy;
export const timeAfter = (seg: string, after: number): boolean => takenAt(TIME_AFTER, seg, after) >= 0;
/** "said, explaining that …": the content follows the participle's "that". */
export const THAT_AFTER_PARTICIPLE = /[\s,]*[a-z]+ing\s+(?:[\w'\u2019]+\s+){0,2}?that\s+/iy;
/** What every pattern above ends on, searched for anywhere after the verb. */
export const THAT_WORD = /that\s/gi;

/** How many characters the sticky `pattern` takes at `at` of `seg` (0 for an empty match), or -1 when it does not match there. */
export function takenAt(pattern: RegExp, seg: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(seg) ? pattern.lastIndex - at : -1;
}
/** Whether THAT_SOON matches at `after`, asked only when a "that" follows at all. */
export function thatSoon(seg: string, after: number): boolean {
  THAT_WORD.lastIndex = after;
  return THAT_WORD.test(seg) && takenAt(THAT_SOON, seg, after) >= 0;
}
/** Whether the "that" ending `taken` characters past `after` opens a relative clause of a frame's noun: "in an interview that was broadcast". */
export function relativeThat(seg: string, after: number, taken: number): boolean {
  const end = after + taken;
  return NOUN_BEFORE_THAT.test(seg.slice(after, end)) && RELATIVE_VERB.test(seg.slice(end, end + 12));
}
