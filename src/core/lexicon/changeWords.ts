/**
 * Verbs that multiply a level by a number they name, as data: "sales
 * doubled" says what "sales were twice as high" says, so it is a
 * multiplier of 2; "the deficit was halved" one of 0.5.
 */

/** Forms that are verbs wherever they stand: "doubled", "a halving of fees". */
export const CHANGE_VERBS: ReadonlyMap<string, number> = new Map(Object.entries({
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, trebled: 3, trebling: 3, quadrupled: 4, quadrupling: 4,
  halved: 0.5, halving: 0.5, halve: 0.5,
}));

/**
 * Base forms that are adjectives too ("a double blow", "the triple lock"):
 * multipliers only as verbs, after a modal or "to", or before what they
 * multiply ("double the rate", "double what it was").
 */
export const CHANGE_BASES: ReadonlyMap<string, number> = new Map(Object.entries({
  double: 2, triple: 3, treble: 3, quadruple: 4,
}));

/**
 * Third-person forms that are plural nouns too ("mixed doubles", "two
 * halves"): verbs only before a word that follows a verb of change.
 */
export const CHANGE_THIRD_PERSON: ReadonlyMap<string, number> = new Map(Object.entries({
  doubles: 2, triples: 3, trebles: 3, quadruples: 4, halves: 0.5,
}));

/** Words after "doubles" or "halves" that make it the verb: "the fee doubles to £20", "halves the backlog", "doubles every decade". */
export const AFTER_A_CHANGE: ReadonlySet<string> = new Set([
  'to', 'in', 'from', 'by', 'every', 'each', 'again', 'the', 'its', 'their', 'his', 'her', 'within', 'after', 'if', 'when', 'next', 'this',
]);

/** Words before "doubles" or "halves" that make it a noun: "the doubles", "two halves", "plays doubles". */
export const NOT_BEFORE_A_CHANGE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'at', 'and', 'both', 'two', 'mixed', "men's", 'men’s', "women's", 'women’s',
  'play', 'plays', 'played', 'playing', 'win', 'wins', 'won',
]);

/** Words before a base form that make it a verb: "pledged to double funding", "costs could double". */
export const BEFORE_A_VERB: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', "won't", 'won’t', 'not', "didn't", 'didn’t',
]);

/** Words after a base form that it multiplies: "double the rate", "triple what it was", "double that of 2019". */
export const MULTIPLIED_AFTER: ReadonlySet<string> = new Set(['the', 'what', 'that', 'its', 'their', 'his', 'her', 'our', 'your', 'those']);

/** Words after the verb that make an idiom of it, no multiple: "doubled down", "doubled as a shelter", "double check", "to double digits". */
export const CHANGE_IDIOM_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'as', 'back', 'check', 'checked', 'checking', 'digits', 'digit']);

/**
 * Verbs of decline before "by half" or "in half" that make it a multiplier
 * of 0.5: "fell by half", "cut the backlog in half". After a verb of growth
 * "by half" adds half ("rose by half"), which names no multiple as written.
 */
export const HALVING_VERBS: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'cutting', 'slash', 'slashed', 'slashes', 'slashing', 'reduce', 'reduced', 'reduces', 'reducing',
  'fell', 'fall', 'falls', 'falling', 'fallen', 'drop', 'dropped', 'drops', 'dropping', 'decline', 'declined', 'declines',
  'declining', 'decrease', 'decreased', 'decreases', 'decreasing', 'shrink', 'shrank', 'shrunk', 'shrinks', 'shrinking',
  'plunge', 'plunged', 'plummeted', 'lower', 'lowered', 'lowering', 'trim', 'trimmed', 'sank', 'sunk', 'tumbled', 'slid',
]);

/** Qualifiers that may stand before a change verb: "more than doubled", "nearly halved"; not "some doubled their income". */
export const CHANGE_QUALIFIERS: ReadonlySet<string> = new Set([
  'more than', 'nearly', 'almost', 'roughly', 'approximately', 'about', 'around', 'at least', 'close to', 'just', 'only',
  'more or less', 'less than',
]);
