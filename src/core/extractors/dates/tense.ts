import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { CUE, nextCue } from './cueReader';
import { asideEnd } from './attributionAside';
import { participleBefore } from './participleGap';
import { newClauseBetween, thatClauseBetween } from './newClause';
import { spelledAmong } from './spelledAmong';

/**
 * `firm-*`: a preposition decided it ("until May", "since March"), not a verb;
 * `sure-future`: a verb that states the future ("will vote"), not one that may report it ("would", "expected").
 */
export type Tense = 'past' | 'future' | 'sure-future' | 'none' | 'firm-past' | 'firm-future';

/**
 * A preposition right before the mention outweighs the verb: "until May", "by Dec. 15", "since March";
 * a hedge between leaves it the lead: "until at least Wednesday", "until at the earliest May".
 */
const LEADING = /\b(?:(until|till|by|before|effective|payable|ending)|(since|ended(?:\s+(?:in|on))?))\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest|most)\s+)?(?:the\s+|early\s+|late\s+|mid-?)?$/i;
/**
 * A birth or a death lies behind the article, whatever the distance: "was born on April 2" in an
 * article of March 10 is last year's April, though a past verb alone lets a date weeks ahead stand.
 */
const LIFE_EVENT = /\b(?:born|died)\s+(?:on\s+|in\s+)?(?:the\s+|early\s+|late\s+|mid-?)?$/i;
/**
 * A short period that a date ends is a span reported, not a deadline: "in the week ending March 7" takes its tense
 * from the verb. A fiscal "year ending March 31" is as often the one ahead, and keeps the lead.
 */
const PERIOD_ENDING = /\b(?:week|weeks|fortnight|month|months|days)\s+ending\s+(?:on\s+)?$/i;
/**
 * A year or quarter that a date ends looks ahead, unless a past verb reports its result: "posted a loss for the
 * year ending Nov. 8" in May tells of a year that is over, so its end is the latest one past.
 */
const RESULT_PERIOD_ENDING = /\b(?:year|quarter|half|period)\s+ending\s+(?:on\s+)?$/i;
/**
 * A period a date ends, told with "to": "sales grew in the year to March", "in the 12 months to June 30".
 * A past verb puts the whole period behind the article, however near its end lies ahead.
 */
const PERIOD_TO = /\b(?:year|months|quarter|weeks|period)\s+to\s+(?:the\s+|early\s+|late\s+|mid-?)?$/i;
/** A change's starting point was said before, whatever the verb: "would grow 1%, down from an April forecast of 2%". */
const BASELINE = /\b(?:down|up)\s+from\s+(?:an?|the|its|their|his|her|our)\s+$/i;
/** A deadline that someone had, which has passed: "we had until Friday", "they were given until March". */
const HAD_UNTIL = /\b(?:had|was\s+given|were\s+given)\s+(?:until|till)\s+(?:the\s+)?$/i;
/**
 * "not … until" in the past says when something did happen at last: "had not been consulted until late
 * October", "didn't learn of it until March", "never saw it until May". The negation lies in the same
 * sentence; after "never" the verb must be past too ("will never … until" is ahead).
 */
const PAST_NOT_UNTIL = /\b(?:(?:did|had|was|were)(?:\s+not|n[’']t)|(never))\b[^.;!?]*\b(?:until|till)\s+(?:the\s+|early\s+|late\s+|mid-?)?$/i;
/**
 * A stretch told in the past up to its end, which has passed: "the consultation ran until August 31", "he served until
 * May". Not a deadline moved ("was extended until March"), which lies ahead as often.
 */
const RAN_UNTIL = /\b(?:ran|lasted|stayed|remained|continued|served|lived|worked)\s+(?:[a-z]+\s+){0,2}(?:until|till)\s+(?:the\s+)?$/i;
/** The leads that set a deadline, which a past verb may put behind: not "effective", "payable". */
const DEADLINE = /^by$/i;
/** "had" before a verb, with at most an adverb between: `had urged`, `had already raised`. */
const PAST_PERFECT = /\bhad\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/i;
/**
 * Words that point ahead without fixing it, the verb aside: "ahead of Monday's
 * vote", "ahead of voting Tuesday", "marching toward November".
 */
const AHEAD = /\b(?:ahead\s+of|in\s+advance\s+of|towards?)\s+(?:the\s+)?(?:[a-z]+\s+)?$/i;

/** An article just before a word: "a contested convention", "the expected vote" make the "-ed" word an adjective. */
const AFTER_ARTICLE = /\b(?:a|an|the)\s+$/i;

/** A form of "be" just before a word, which itself tells the tense ("was", "were") or none ("is"). */
const AFTER_BE = /\b(?:be|been|being|is|are|was|were)\s+(?:(?:now|not|also|still|already|[a-z]+ly)\s+)?$/i;

const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;
const isLetterCode = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;
/** `Mr`, `Sen`, `Gov` before their full stop, by hash, without copying the word. */
const IS_TITLE = spelledAmong(TITLE_ABBREVIATIONS);

/** Does a title's abbreviation end at the full stop at `at`: `Mr.` in `showed Mr. Marwick losing`, which ends no clause? */
function afterTitle(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 7 && isLetterCode(text.charCodeAt(start - 1))) start--;
  // titles are written capitalised: most words that end a sentence are not, and cost no hash
  return start < at && isUpperCode(text.charCodeAt(start)) && !isLetterCode(text.charCodeAt(start - 1)) && IS_TITLE(text, start, at);
}

/**
 * Where a clause ends: at . ! ? ; a line break, or a quotation mark, as the verb
 * beyond a quote mark (“…on Thursday,” he said) tells when it was said, not when
 * the quoted thing happens. A period that a comma, a digit or a lower-case word
 * follows ends an abbreviation instead (`Birmingham, Ala., killed`, `U.S. officials`), as does one a letter touches (`N.H.`);
 * a lone `'` is an apostrophe, the doubled `''` of newswire text a quote.
 */
function endsClause(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c > 63) return c === 96 || c === 0x201c || c === 0x201d; // letters, mostly: one test
  if (c === 46) {
    // a letter right after the period, with no space, is inside an abbreviation: `N.H.`, `U.S.`
    if (((text.charCodeAt(at + 1) | 32) - 97) >>> 0 < 26) return false;
    let next = at + 1;
    while (text.charCodeAt(next) === 32) next++;
    const after = text.charCodeAt(next);
    return !(after === 44 || (after >= 48 && after <= 57) || (after >= 97 && after <= 122) || afterTitle(text, at));
  }
  if (c === 39) return text.charCodeAt(at - 1) === 39 || text.charCodeAt(at + 1) === 39;
  return c === 33 || c === 63 || c === 59 || c === 10 || c === 34;
}

/** The characters endsClause may take as an end, one flag per ASCII code; beyond ASCII only curly double quotes. */
const MAY_END = new Uint8Array(128);
for (const c of '\n!"\'.;?`') MAY_END[c.charCodeAt(0)] = 1;

/** endsClause behind a one-load test: most characters are letters and spaces, and cost no call. */
function clauseEnds(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c < 128 ? MAY_END[c] === 1 : c === 0x201c || c === 0x201d) && endsClause(text, at);
}

/** The bounds of the clause around [start, end): up to a sentence mark, a quotation mark or `reach` characters. */
export function clause(text: string, start: number, end: number, reach: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < reach && !clauseEnds(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !clauseEnds(text, to)) to++;
  return [from, to];
}

/**
 * The tense of the verb nearest to a mention in its clause:
 * `"He met them on Friday"` → past; `"They will meet on Friday"` → future.
 */
export function tenseAt(text: string, start: number, end: number, reach = 120): Tense {
  const before = text.slice(Math.max(0, start - 24), start);
  const lead = LEADING.exec(before);
  if (lead?.[2] || LIFE_EVENT.test(before)) return 'firm-past';
  if (BASELINE.test(before)) return 'past';
  // "to" before the time, found by the native search before any regex runs
  if (!lead && before.includes(' to ') && PERIOD_TO.test(before)) {
    const tense = verbTense(text, start, end, reach);
    return tense === 'past' ? 'firm-past' : tense;
  }
  // a clause that opens with the time tells its tense by its verb: "By Monday, the talks had failed"
  if (!lead) return aheadOrVerb(text, start, end, reach, before);
  // "ending" is six letters, the only lead of that length: most leads cost no second regex
  if (lead[1]?.length === 6) {
    if (PERIOD_ENDING.test(before)) return aheadOrVerb(text, start, end, reach, before);
    if (RESULT_PERIOD_ENDING.test(before) && verbTense(text, start, end, reach) === 'past') return 'firm-past';
  }
  // "until" or "till" before the mention, told by its first letter: other leads cost no regex
  if ((lead[1].charCodeAt(0) | 32) === 117 || (lead[1].charCodeAt(0) | 32) === 116) {
    if (HAD_UNTIL.test(before)) return 'past';
    const notUntil = PAST_NOT_UNTIL.exec(text.slice(Math.max(0, start - reach), start));
    if (notUntil && (!notUntil[1] || verbTense(text, start, end, reach) === 'past')) return 'past';
    if (RAN_UNTIL.test(text.slice(Math.max(0, start - 48), start))) return 'past';
  }
  if (isUpperCode(lead[1].charCodeAt(0))) return verbTense(text, start, end, reach) === 'past' ? 'past' : 'firm-future';
  // a deadline told in the past perfect may have passed: "had urged it to finish by July 31" leans no way
  // "had" before the mention, found by the native search before any regex runs
  const had = text.lastIndexOf('had ', start);
  const passed = had >= start - reach && DEADLINE.test(lead[1]) && PAST_PERFECT.test(text.slice(had, start));
  return passed && verbTense(text, start, end, reach) === 'past' ? 'none' : 'firm-future';
}

/** The tense that "ahead of", "toward" or else the verb gives. */
function aheadOrVerb(text: string, start: number, end: number, reach: number, before: string): Tense {
  const ahead = AHEAD.exec(before);
  if (!ahead) return verbTense(text, start, end, reach);
  return isUpperCode(ahead[0].charCodeAt(0)) && verbTense(text, start, end, reach) === 'past' ? 'past' : 'future';
}

/** A form of "be" or "have" that puts a future in the past: "was set to", "had been scheduled". */
const IN_THE_PAST = /\b(?:was|were|been|had)\s+(?:not\s+)?$/i;

/** What may stand before a time that opens its clause: `On `, `Early on `, a quote mark. */
const OPENS_CLAUSE = /^[\s"“‘'(]*(?:(?:early|late|later|earlier)\s+)?(?:on|by|at|next|this)?\s*$/i;

/**
 * Does the future cue at `at` state the future of a mention starting at `start`? Only
 * before it ("will vote on Tuesday", not "Tuesday's ruling will echo") or after a
 * time that opens the clause ("On Wednesday, he will speak"), and not in the past ("was set to").
 */
function surely(text: string, at: number, start: number, from: number): boolean {
  return (at < start || OPENS_CLAUSE.test(text.slice(from, start))) && !IN_THE_PAST.test(text.slice(Math.max(0, at - 16), at));
}

/** What parts a verb from a time after it: `agreed that on Budget Day, we will act`, `next visit, on May 28, was`. */
const PARTS = /,|\b(?:that|if|when|whether|because|but|so|while|although|though|unless|where)\b/i;

/** Does the cue ending at `cueEnd` govern the mention at `start`, with no comma or conjunction between? */
function governs(text: string, cueEnd: number, start: number): boolean {
  return !PARTS.test(text.slice(cueEnd, start));
}

/**
 * A conjunction right before a cue, with at most auxiliaries and adverbs between, joins a
 * second verb to the clause: `in June and is expected`, `in May but will`; not `in June and July will`.
 */
const JOINS = /\b(?:and|but)\s+(?:(?:is|are|has|have|then|also|now|still|[a-z]+ly)\s+)*$/;

/** Does `'s` follow at `at`: `Friday's deal`? */
function possessive(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 39 || c === 0x2019) && (text.charCodeAt(at + 1) | 32) === 115;
}

/** Is there a comma in text[from, to)? A loop over the range only: a native search would run on to the next comma, however far. */
function commaBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/** A conjunction that opens a subordinate clause after a comma: `, and that`, `, because`, `, but whether`. */
const SUBORDINATE = /,\s+(?:(?:and|but)\s+)?(?:that|whether|because|although|though|unless)\s/i;

/** Does a subordinate clause open in text[from, to), a short gap that holds a comma? */
function subordinateBetween(text: string, from: number, to: number): boolean {
  return to - from <= 80 && SUBORDINATE.test(text.slice(from, to));
}

/** A relative clause opened after a comma: `, who`, `, which`, `, whose`. */
const RELATIVE_OPENER = /,\s+(?:who|which|whose)\s/i;

/** Does a relative clause set off by a comma open in text[from, start), with no comma after its opening? */
function insideRelative(text: string, from: number, start: number): boolean {
  // a loop over the clause only: a native search would run back to the text's start when the clause holds no comma
  let comma = start - 1;
  while (comma >= from && text.charCodeAt(comma) !== 44) comma--;
  return comma >= from && RELATIVE_OPENER.test(text.slice(comma, Math.min(start, comma + 9)));
}

/** The farthest a participle stands before its time: `booked in early `. */
const PARTICIPLE_REACH = 10;

/** The tense of the verb nearest to a mention in its clause, prepositions aside. */
function verbTense(text: string, start: number, end: number, reach: number): Tense {
  const [from, to] = clause(text, start, end, reach);
  let best: Tense = 'none';
  let bestDistance = Infinity;
  // where the words after the mention start, past an attribution that interrupts its clause; looked for once
  let gap = end;
  let asideRead = false;
  // read the clause alone, so a clause without a cue costs its own length only
  for (let next = from, at = nextCue(text, next, to); at >= 0; at = nextCue(text, next, to)) {
    next = CUE.end;
    if (at >= start && at < end) continue;
    // "Seats reserved in December, the company said, will be honoured": the aside's verb is the report's, and a
    // participle before the time looks past it to the clause's own verb
    if (at >= end && !asideRead && best === 'past' && bestDistance <= PARTICIPLE_REACH) {
      asideRead = true;
      const aside = asideEnd(text, end);
      if (aside > at) {
        gap = aside;
        continue;
      }
    }
    // past a comma, a cue after the mention is another clause's, most often the report's ("in June, she said"):
    // the verb before the mention governs it, when there is one and no comma or conjunction parts them
    // so is one after a subject of its own, the reported clause's: "said in September it would cut"
    const comma = at >= end && bestDistance !== Infinity && commaBetween(text, gap, at);
    if (at >= end && bestDistance !== Infinity && (comma || newClauseBetween(text, gap, at)) && governs(text, start - bestDistance, start)) break;
    // with no verb before the time, a reported clause after it keeps its verb: "The bank forecast on Monday that prices would fall"
    if (at >= end && bestDistance === Infinity && thatClauseBetween(text, gap, at)) break;
    // a verb past a conjunction that opens a clause of its own tells nothing of the time before it:
    // "staff had been consulted in January and again in June, and that no jobs would be lost"
    if (comma && subordinateBetween(text, gap, at)) break;
    // a relative clause set off by commas keeps its own time: "Ruiz, who takes office in January, did not attend"
    if (at >= end && bestDistance === Infinity && commaBetween(text, end, at) && insideRelative(text, from, start)) break;
    // past "and" or "but", a cue is the next verb's, joined to a clause the mention does not open:
    // "cut rates in June and is expected to cut again" tells nothing of June; but a stated future
    // mostly goes on from a present, whose verb tells no tense: "is up for re-election in May and will face"
    if (at >= end && CUE.kind !== 1 && JOINS.test(text.slice(gap, at)) && !OPENS_CLAUSE.test(text.slice(from, start))) break;
    // a modal after the mention is its noun's verb, not its own: "Friday's deal may fail"; unless the time opens the clause
    if (CUE.lowerOnly && at >= end && (possessive(text, end) || !OPENS_CLAUSE.test(text.slice(from, start)))) continue;
    // a stated future right after the time, with no subject between, is the clause's verb: the past cue just before
    // the time was a participle that describes a noun ("ads booked in December will run"), and tells no tense
    if (at >= end && CUE.kind === 1 && best === 'past' && bestDistance <= PARTICIPLE_REACH && participleBefore(text, gap, at)) bestDistance = Infinity;
    const past = CUE.kind === 3;
    const ed = past && text.charCodeAt(next - 2) === 101 && text.charCodeAt(next - 1) === 100;
    // "United States", "Mohammed": a capitalised word in "-ed" is a name, not a past verb; "well-organized", an adjective
    // unless it opens the clause: "Asked on Monday whether …"
    if (ed && ((isUpperCode(text.charCodeAt(at)) && text.slice(from, at).trim() !== '') || text.charCodeAt(at - 1) === 45)) continue;
    // a participle after "be" takes its tense from the auxiliary: "will be held", "is assumed"
    if (past && AFTER_BE.test(text.slice(Math.max(0, at - 20), at))) continue;
    if (ed && AFTER_ARTICLE.test(text.slice(Math.max(0, at - 5), at))) continue;
    // verbs mostly come before their time phrase: a cue after the mention counts double, unless
    // a comma or conjunction parts the verb before from the time, which opens a clause of its own
    const distance = at < start ? start - next : bestDistance !== Infinity && !governs(text, start - bestDistance, start) ? 0 : 2 * (at - end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = past ? 'past' : CUE.kind === 2 || !surely(text, at, start, from) ? 'future' : 'sure-future';
    }
    // later cues only stand farther away
    if (at >= end) break;
  }
  return best;
}
