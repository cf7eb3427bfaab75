/**
 * Words around a number that make it approximate or a bound, as data:
 * "about 40 tonnes", "more than 1,000 troops", "50 or more".
 */

/** Before the number, longest first within each first word. */
export const QUALIFIERS_BEFORE: readonly string[] = [
  'about', 'around', 'approximately', 'approx', 'approx.', 'roughly', 'nearly', 'almost', 'some', 'circa', 'ca.',
  'an estimated', 'estimated', 'more than', 'more then', 'less than', 'fewer than', 'greater than', 'higher than',
  'lower than', 'larger than', 'smaller than', 'at least', 'at most', 'up to', 'over', 'under', 'above', 'below',
  'as many as', 'as much as', 'as few as', 'as little as', 'as high as', 'as low as', 'in excess of',
  'upwards of', 'upward of', 'no more than', 'no less than', 'no fewer than', 'not more than', 'not less than',
  'close to', 'just over', 'just under', 'well over', 'well under', 'just above', 'just below', 'nearly all',
  'well above', 'well below', 'more or less', 'exceeding', 'exceed', 'exceeds', 'surpass', 'beyond',
  'on the order of', 'in the region of', 'something like', 'less than or equal to',
  'more than or equal to', 'equal to or less than', 'equal to or more than', 'at least or equal to',
  'greater than or equal to', 'smaller or equal than', 'higher or equal than', 'lower or equal than',
  'plus or minus', '+/-', '±', 'north of', 'south of', 'just north of', 'just south of',
  '>', '<', '>=', '<=', '≥', '≤', '~', '≈',
];

/** Qualifiers that set a lower bound ("more than 10"); with an upper bound after "and" they make a range. */
export const LOWER_BOUNDS: ReadonlySet<string> = new Set([
  'more than', 'more then', 'greater than', 'higher than', 'larger than', 'above', 'over', 'at least', 'no less than',
  'no fewer than', 'not less than', 'in excess of', 'upwards of', 'upward of', 'exceeding', 'just over', 'well over',
  'just above', 'well above', 'more than or equal to', 'greater than or equal to', 'equal to or more than',
  'at least or equal to', 'higher or equal than', '>', '>=', '≥', 'or more', 'or greater', 'or higher', 'and more',
  'and above', 'and over', 'or above', 'or over', 'and older', 'or older', 'north of', 'just north of',
]);

/** Qualifiers that set an upper bound ("less than 40"). */
export const UPPER_BOUNDS: ReadonlySet<string> = new Set([
  'less than', 'fewer than', 'lower than', 'smaller than', 'below', 'under', 'at most', 'up to', 'no more than',
  'not more than', 'just under', 'well under', 'just below', 'well below', 'less than or equal to',
  'equal to or less than', 'smaller or equal than', 'lower or equal than', '<', '<=', '≤', 'or less', 'or fewer',
  'or lower', 'or under', 'and younger', 'or younger', 'south of', 'just south of',
]);

/** After the number (and its unit): "500 or more", "40-odd", "20-plus". */
export const QUALIFIERS_AFTER: readonly string[] = [
  'or more', 'or so', 'or less', 'or fewer', 'or greater', 'or higher', 'or lower', 'and more', 'and above',
  'and over', 'and up', 'or above', 'or over', 'or under', 'odd', 'plus', '+', ...[
    'and older', 'or older', 'and younger', 'or younger'],
];

/** Qualifiers after a bare number that make it an age: "voters 45 and older", "children 5 or younger". */
export const AGE_BOUNDS: ReadonlySet<string> = new Set(['and older', 'or older', 'and younger', 'or younger']);

/** Verbs whose particle "over" is no qualifier: "handed over 15 months of research", "fork over thousands". */
export const VERBS_BEFORE_OVER: ReadonlySet<string> = new Set([
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'fork', 'forks', 'forked', 'forking',
  'sign', 'signs', 'signed', 'signing', 'give', 'gives', 'gave', 'given', 'giving', 'took', 'taken', 'passed',
]);

/**
 * Sanctions and disputes, which no amount measures: an "over" after one in its clause means "because of",
 * "jailed for six years over £1.2m fraud", "a row over 40 homes". Not "fined", which an amount does measure.
 */
export const CAUSES_BEFORE_OVER: ReadonlySet<string> = new Set([
  'jailed', 'imprisoned', 'convicted', 'arrested', 'charged', 'sued', 'sacked', 'fired', 'suspended', 'resigned', 'quit', 'probed',
  'row', 'rows', 'dispute', 'disputes', 'clash', 'clashes', 'clashed', 'probe', 'inquiry', 'investigation', 'outcry', 'fury',
  'anger', 'backlash', 'protest', 'protests', 'strike', 'strikes', 'standoff', 'stand-off', 'feud', 'lawsuit', 'battle', 'scandal',
]);

/**
 * Verbs of change whose particle "up" makes "up to" the level reached, not a
 * bound: "child benefit goes up to £25.60", "the rate moved up to 4%".
 */
export const VERBS_BEFORE_UP: ReadonlySet<string> = new Set([
  'go', 'goes', 'went', 'gone', 'going', 'move', 'moves', 'moved', 'moving', 'tick', 'ticks', 'ticked', 'ticking',
  'edge', 'edges', 'edged', 'edging', 'crept', 'creeps', 'bumped', 'bumps', 'rounded', 'revised', 'revises', 'revising',
  'ratchet', 'ratchets', 'ratcheted', 'inched',
]);

/** Modals that make "can go up to €10m" a bound again: the level that may be reached at most. */
export const MODALS_BEFORE_UP: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'cannot']);

/**
 * Words before "over" and a duration that make "over" mean "more than": prepositions,
 * copulas, verbs that take a length of time, and people aged: "for over nine years",
 * "was over a year", "served over nine years", "children over five years". After other
 * words "over" spreads a verb phrase across the time: "fell over nine years".
 */
export const MORE_THAN_OVER_LEADS: ReadonlySet<string> = new Set([
  'for', 'of', 'than', 'in', 'to', 'after', 'within', 'by', 'at', 'with', 'about', 'from', 'since', 'and', 'or', 'but',
  'until', 'till', 'little', 'bit', 'slightly', 'somewhat', 'far', 'much', 'way', 'only',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', "it's", 'it’s', 'just', 'well', 'now', 'already', 'still',
  'last', 'lasts', 'lasted', 'lasting', 'spend', 'spends', 'spent', 'spending', 'serve', 'serves', 'served', 'serving',
  'wait', 'waits', 'waited', 'waiting', 'take', 'takes', 'taking', 'live', 'lives', 'lived', 'living', 'work', 'works',
  'worked', 'stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'span', 'spans', 'spanned', 'spanning', 'run',
  'runs', 'ran', 'need', 'needs', 'needed', 'sentenced', 'jailed', 'imprisoned', 'detained', 'held', 'married', 'missing',
  'aged', 'age', 'ages', 'children', 'people', 'adults', 'men', 'women', 'kids', 'boys', 'girls', 'patients', 'those',
  'anyone', 'everyone', 'persons', 'individuals', 'residents', 'citizens', 'workers',
]);

/**
 * Nouns of change or of spending before "over" and a duration that make
 * "over" mean "during", whatever follows: "a 4.5% rise over two years is a
 * cut", "the investment over four years was frozen".
 */
export const DURING_OVER_NOUNS: ReadonlySet<string> = new Set([
  'rise', 'rises', 'increase', 'increases', 'cut', 'cuts', 'fall', 'falls', 'drop', 'drops', 'decline', 'declines',
  'decrease', 'decreases', 'reduction', 'reductions', 'growth', 'gain', 'gains', 'raise', 'raises', 'hike', 'hikes',
  'boost', 'uplift', 'saving', 'savings', 'investment', 'investments', 'offer', 'settlement', 'loss', 'losses',
]);

/**
 * The only words after "over" and a duration that let it mean "during": "cut over five years to 2030".
 * Others make it "more than" ("over five years old", "over a year ago") or the duration an adjective ("an over three hour interview").
 */
export const DURING_OVER_TAILS: ReadonlySet<string> = new Set([
  'to', 'and', 'or', 'but', 'while', 'as', 'with', 'in', 'for', 'through', 'until', 'starting', 'beginning', 'ending',
]);

/**
 * Qualifiers that stress a number without making it inexact: kept as the
 * figure's qualifier, with approximate false ("just 0.6%", "a mere £40").
 */
export const EXACT_QUALIFIERS: ReadonlySet<string> = new Set(['exactly', 'precisely', 'just', 'only', 'merely', 'a mere', 'mere']);

/** Words that may sit between a number and its time unit: "eight consecutive years". */
export const UNIT_ADJECTIVES: ReadonlySet<string> = new Set([
  'consecutive', 'straight', 'successive', 'full', 'long', 'additional', 'more', 'further', 'extra', 'whole',
  'previous', 'past', 'last', 'next', 'coming', 'short', 'calendar', 'fiscal', 'financial', 'working', 'business',
]);

/**
 * Those that, before a singular unit, name a date, not a length: "voted 31 to 9
 * last month"; "the 9 last months" stays a length.
 */
export const DATE_ADJECTIVES: ReadonlySet<string> = new Set(['last', 'next', 'past', 'previous', 'coming']);

/** Comparatives that may follow "times": "many times higher", "three times as". */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  'higher', 'lower', 'more', 'less', 'fewer', 'greater', 'larger', 'smaller', 'bigger', 'faster', 'slower',
  'longer', 'shorter', 'stronger', 'weaker', 'cheaper', 'costlier', 'richer', 'poorer', 'heavier', 'lighter',
  'deadlier', 'worse', 'better', 'over',
]);

/** Vague counts that make "N times" a multiplier without a value: "many times higher". */
export const VAGUE_MULTIPLES: ReadonlySet<string> = new Set(['many', 'several', 'multiple', 'countless', 'numerous', 'few']);

/** Single words that are multipliers on their own: "twice" → 2. */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  twice: 2, thrice: 3, twofold: 2, threefold: 3, fourfold: 4, fivefold: 5,
  tenfold: 10, hundredfold: 100,
}));

/**
 * Verbs of change that, right before "X to Y", make X the change and Y the
 * level it reaches, as "by" does: "the index rose 52 points to 7,412".
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'fell', 'fallen', 'fall', 'falls', 'falling', 'climbed', 'climbs', 'climbing',
  'dropped', 'drops', 'dropping', 'jumped', 'jumps', 'jumping', 'gained', 'gains', 'gaining', 'lost', 'loses', 'losing',
  'slipped', 'slips', 'slid', 'slides', 'grew', 'grows', 'growing', 'increased', 'decreased', 'declined', 'declines', 'surged',
  'surges', 'soared', 'soars', 'plunged', 'plunges', 'tumbled', 'tumbles', 'sank', 'sinks', 'shed', 'sheds', 'added', 'adds',
  'advanced', 'advances', 'retreated', 'eased', 'eases', 'edged', 'edges', 'ticked', 'ticks', 'slumped', 'slumps',
]);

/** Verbs before "from" that make "from X to Y" a range whichever way it runs: "ranged from -18 to -34". */
export const RANGE_VERBS: ReadonlySet<string> = new Set([
  'range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'span', 'spans', 'spanned', 'spanning',
]);
