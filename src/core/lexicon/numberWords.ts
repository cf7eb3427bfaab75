/**
 * Written-out numbers as data: the parser in extractors/figures/numberWords.ts
 * reads "two hundred and five" or "two-and-a-half" from these tables only.
 */

/** Cardinals below a hundred that stand alone: "seven" → 7, "nineteen" → 19. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));

/** Tens, which a unit may follow: "twenty one", "forty-two". */
export const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Multipliers after a number, largest last: "three hundred", "2 million", "3bn". */
export const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, millions: 1e6, crore: 1e7, crores: 1e7,
  billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
}));

/** Short scale words, only after digits: "3bn", "$5 mln", "100k", "10M". */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries({
  k: 1e3, thou: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mm: 1e6, b: 1e9, bn: 1e9, bln: 1e9,
  t: 1e12, tn: 1e12, tln: 1e12, tr: 1e12, trn: 1e12,
}));

/** Group nouns that count: "a dozen" → 12, "3 dozens" → 36. */
export const GROUP_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  dozen: 12, dozens: 12, doz: 12, dozs: 12, dzs: 12,
}));

/**
 * Plural scale words that give a magnitude and no number: "thousands of
 * people", "tens of millions of dollars". "tens" counts only before another.
 */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  tens: 10, dozens: 12, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
}));

/** Vague counts before a scale word, which then gives no number: "a few thousand", "several hundred", "a couple million". */
export const VAGUE_BEFORE_SCALE: ReadonlySet<string> = new Set(['few', 'several', 'many', 'couple']);

/** Ordinal words → their number; the plurals name fractions ("two thirds"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6,
  billionth: 1e9, trillionth: 1e12,
}));

/** Denominator words that are not ordinals: "a half", "three quarters", "three halves". */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  half: 2, halves: 2, quarter: 4, quarters: 4,
}));

/**
 * Verbs after "a third", "a fifth": the ordinal then names a share of a group
 * that does something, not a rank ("a third said so" but "a third term").
 * Past forms in -ed need no row.
 */
export const SHARE_VERBS: ReadonlySet<string> = new Set([
  'said', 'say', 'says', 'think', 'thinks', 'thought', 'believe', 'believes', 'want', 'wants', 'are', 'were',
  'is', 'was', 'have', 'has', 'had', 'would', 'will', 'could', 'may', 'might', 'do', 'did', 'does', 'support',
  'supports', 'oppose', 'opposes', 'favor', 'favors', 'favour', 'favours', 'prefer', 'prefers', 'backs',
  'chose', 'choose', 'went', 'came', 'come', 'get', 'got', 'expect', 'expects', 'agree', 'agrees',
  'need', 'needs', 'own', 'owns', 'lack', 'lacks', 'fear', 'fears', 'know', 'knows', 'like', 'likes', 'see', 'sees',
]);

/** Words after a bare "half" that make it a share of a group: "half of voters", "half the party's seats", "half said". */
export const SHARE_AFTER_HALF: ReadonlySet<string> = new Set([
  'of', 'the', 'all', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'those', 'these', 'said', 'say', 'says',
]);

/** Words before "half" that make it a part named as a noun: "the first half of", "the top half", "a decade and a half". */
export const PART_BEFORE_HALF: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'first', 'second', 'top', 'bottom', 'lower', 'upper', 'latter', 'former', 'other',
  'better', 'back', 'front', 'last', 'next', 'northern', 'southern', 'eastern', 'western', 'in', 'by',
]);

/**
 * Words after "a third", "a fifth" that leave it no noun to rank, so it is a
 * share: prepositions ("cut by a third from 2007"), comparatives, and a clause
 * or a time that follows ("cut by a fifth as schemes wait"); not after "a
 * second", a moment.
 */
export const SHARE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'from', 'since', 'over', 'in', 'to', 'than', 'compared', 'between', 'during', 'within', 'among', 'by',
  // comparatives: "a third less sugar", "a fifth more staff", "a quarter cheaper"
  'less', 'more', 'fewer', 'lower', 'higher', 'cheaper', 'dearer', 'smaller', 'larger', 'bigger', 'faster', 'slower',
  // a clause or a time after the share: "cut by a fifth as schemes wait", "up a third last year"
  'as', 'while', 'when', 'after', 'because', 'last', 'this',
]);

/**
 * Words after an ordinal, by its value, that make the two a title or an idiom
 * rather than a rank, hyphenated or not: "first lady", "second-guess", "third party".
 */
export const ORDINAL_IDIOMS: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [1, new Set(['lady', 'ladies', 'gentleman', 'husband', 'dude', 'responder', 'responders'])],
  [2, new Set(['guess', 'guessed', 'guessing', 'nature', 'thoughts', 'fiddle'])],
  [3, new Set(['party', 'parties', 'world'])],
  [5, new Set(['column'])],
]);

/** The same, only when hyphenated: "first-hand", "second-rate", "first-person"; but "the first person to". */
export const ORDINAL_HYPHEN_IDIOMS: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [1, new Set(['hand', 'rate', 'class', 'person', 'time'])],
  [2, new Set(['hand', 'rate', 'class', 'person'])],
  [3, new Set(['rate', 'class', 'person'])],
]);

/** Capitalised heads that make an ordinal part of a name: "the Fifth Amendment", "the 9th Circuit", "the 1st Congressional District". */
export const ORDINAL_NAME_HEADS: ReadonlySet<string> = new Set([
  'amendment', 'avenue', 'street', 'circuit', 'congressional', 'airborne', 'estate', 'fleet', 'reich',
]);

/**
 * Words before a bare "first" that keep it a rank ("finished first", "in first
 * place"); after any other word, "first" before a comma or full stop is an
 * adverb ("put the country first.").
 */
export const RANK_BEFORE_FIRST: ReadonlySet<string> = new Set([
  'in', 'for', 'finished', 'finish', 'finishes', 'finishing', 'came', 'come', 'comes', 'placed', 'place', 'places',
  'ranked', 'rank', 'ranks', 'tied', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained', 'stayed',
  'and', 'or', 'than', 'from', 'to', 'number', 'no',
]);

/** Past forms not in -ed after which a bare "first" is an adverb of time: "when he first met her". */
export const PAST_FORMS_AFTER_FIRST: ReadonlySet<string> = new Set([
  'met', 'won', 'came', 'began', 'became', 'drew', 'heard', 'took', 'saw', 'made', 'ran', 'went', 'got', 'found',
  'told', 'wrote', 'said', 'thought', 'knew', 'felt', 'left', 'brought', 'sent', 'spoke', 'gave', 'lost', 'put',
  'rose', 'fell', 'sought', 'bought', 'taught', 'caught', 'held', 'built', 'broke', 'read', 'set',
]);

/** Digit suffixes of ordinals: "1st", "22nd", "8th". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Words that make the next number negative: "minus ten". */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Unicode vulgar fractions: "½" → 0.5. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
}));
