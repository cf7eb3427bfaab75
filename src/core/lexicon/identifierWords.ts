/**
 * Words that make the number after them a name or an identifier rather than
 * a figure: "Article 5", "Section 3", "Flight 370", "version 2".
 */
export const IDENTIFIER_NOUNS: ReadonlySet<string> = new Set([
  'article', 'articles', 'art', 'section', 'sections', 'sec', 'chapter', 'chapters', 'paragraph', 'paragraphs',
  'para', 'clause', 'clauses', 'subsection', 'rule', 'rules', 'resolution', 'resolutions', 'amendment', 'title',
  'annex', 'appendix', 'schedule', 'protocol', 'directive', 'regulation', 'decree', 'bill', 'act', 'law',
  'proposition', 'prop', 'item', 'items', 'page', 'pages', 'p', 'pp', 'figure', 'fig', 'table', 'no', 'nr',
  'nos', 'number', 'num', 'room', 'flight', 'route', 'highway', 'interstate', 'exit', 'platform', 'gate',
  'terminal', 'line', 'vol', 'volume', 'issue', 'version', 'ver', 'v', 'release', 'build', 'level', 'phase',
  'stage', 'grade', 'category', 'class', 'type', 'model', 'mark', 'series', 'episode', 'season', 'round',
  'group', 'district', 'ward', 'precinct', 'unit', 'battalion', 'brigade', 'division', 'regiment', 'corps',
  'squadron', 'fleet', 'army', 'block', 'lot', 'apartment', 'apt', 'suite', 'floor', 'building', 'street',
  'avenue', 'road', 'box', 'case', 'docket', 'file', 'ticket', 'id', 'code', 'zone', 'sector', 'channel',
  'cop', 'covid', 'windows', 'iphone', 'formula', 'ps', 'xbox', 'tier', 'step', 'week', 'day', 'game', 'match',
  'lesson', 'verse', 'psalm', 'hymn', 'opus', 'op', 'track', 'disc', 'part', 'book', 'act', 'scene',
]);

/**
 * Prefixes of bill numbers, matched case-sensitively as written, dots and all:
 * "S. 2214", "H.R. 4471", "HB 1234"; the number names a bill and counts nothing.
 */
export const BILL_PREFIXES: ReadonlySet<string> = new Set([
  'S.', 'H.R.', 'HR', 'H.B.', 'HB', 'S.B.', 'SB', 'A.B.', 'AB', 'H.F.', 'HF', 'S.F.', 'SF', 'L.D.', 'LD', 'H.P.', 'S.P.',
  'H.Res.', 'S.Res.', 'H.J.Res.', 'S.J.Res.', 'H.Con.Res.', 'S.Con.Res.', 'HJR', 'SJR', 'HCR', 'SCR',
]);

/** Words before "one" that make it a pronoun: "no one", "the one", "which one". */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'no', 'the', 'that', 'this', 'which', 'each', 'any', 'every', 'another', 'any', 'some', 'someone', 'only',
  'last', 'next', 'first', 'right', 'wrong', 'new', 'old', 'big', 'little', 'other', 'such', 'a', 'an', 'little',
  'good', 'bad', 'same', 'loved', 'chosen', 'lucky', 'main', 'real', 'final', 'latter', 'former', 'better',
]);

/** Words after "one" that make it a pronoun or an idiom: "one of the", "one another". */
export const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set([
  'of', 'another', "another's", 'another’s', "one's", 'who', 'whom', 'whose', 'which', 'that', 'can', 'could', 'must', 'should',
  'would', 'might', 'may', 'will', 'has', 'had', 'is', 'was', 'does', 'did', 'needs', 'gets', 'day', 'way',
  'time', 'thing', 'side', 'hand', 'point', 'sort', 'kind', 'after', 'by', 'on', 'else', 'at', 'thinks',
  "that's", 'that’s', "who's", 'who’s', 'with', 'like', 'than', 'rather', 'where',
]);

/** Subjects that open a clause right after a pronoun "one": "the one he wanted", "is one nobody saw". */
export const SUBJECTS_AFTER_ONE: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'we', 'they', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody',
]);

/**
 * Words capitalised in a headline's title case that name nothing, so a number
 * after them is no model number: "Marwick Wrote The 11 Words", "Lorne Wins 3 States".
 */
export const TITLE_CASE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'than', 'about',
  'after', 'before', 'into', 'as', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'all', 'top',
  'only', 'just', 'more', 'most', 'less', 'every', 'each', 'says', 'said', 'wins', 'won', 'has', 'had', 'have', 'is',
  'was', 'are', 'were', 'gets', 'got', 'adds', 'added', 'kills', 'killed', 'loses', 'lost', 'cuts', 'sees', 'takes',
  'gives', 'leads', 'needs', 'wants', 'spends', 'spent', 'raises', 'raised', 'faces', 'names', 'hires',
]);

/**
 * Words that end the noun phrase "a [adjective] one" ("a muted one rather
 * than"), so the "one" stands for a noun, as before a full stop.
 */
export const AFTER_NOUN_PHRASE: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'in', 'to', 'for', 'from', 'because', 'if', 'when', 'as', 'so', 'too', 'either',
  'instead', 'here', 'there', 'now', 'yet', 'about', 'this', 'last', 'next',
]);

/**
 * Words before a "one" that closes a sentence and still counts: "won 51 to one.",
 * "page one.", "just one."; after other words it is a pronoun: "can't find one.".
 */
export const COUNT_BEFORE_FINAL_ONE: ReadonlySet<string> = new Set([
  'to', 'by', 'than', 'of', 'and', 'or', 'minus', 'plus', 'times', 'number', 'page', 'chapter', 'day', 'job',
  'year', 'phase', 'round', 'step', 'act', 'rule', 'zero', 'is', 'was', 'be', 'are', 'were', 'equals', 'at',
]);

/** Street words after a house number and a capitalised name: "115 Spring St.", "1600 Pennsylvania Avenue". */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'parkway', 'concourse', 'plaza',
]);

/**
 * Words hyphenated to a number in an idiom that counts nothing: "three-dimensional",
 * "a five-alarm fire", "a two-way street", "a half-measure", "a four-letter word".
 */
export const IDIOM_AFTER_NUMBER: ReadonlySet<string> = new Set([
  'dimensional', 'alarm', 'faced', 'fisted', 'tiered', 'tier', 'sided', 'measure', 'measures', 'hearted',
  'letter', 'baked', 'truth', 'truths', 'factor',
]);

/**
 * Hyphenated words after "two" that make an idiom before the noun given:
 * "a two-way street"; "a two-way race" and "a three-way race" count.
 */
export const IDIOM_AFTER_TWO: ReadonlyMap<string, string> = new Map([['way', 'street']]);

/**
 * Names of lists and indexes that a number completes: "Fortune 500 companies", "the Russell 2000".
 * Not indexes that move by amounts: "lift the Nasdaq 1.2 percent".
 */
export const INDEX_NAMES: ReadonlySet<string> = new Set(['fortune', 'forbes', 'russell']);

/** Words after a three-digit service number such as 911 or 311 that make it the line's name: "a 911 call". */
export const PHONE_LINE_WORDS: ReadonlySet<string> = new Set([
  'call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'operator', 'operators', 'center', 'centers',
  'tape', 'tapes', 'recording', 'recordings', 'system', 'line', 'hotline',
]);

/** Words after a number that make it an hour of the clock: "at three o'clock". */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(["o'clock", 'o’clock', 'oclock']);

/** Singular nouns ending in "s" that follow a counting "one": "one news outlet", "one series". */
export const SINGULAR_IN_S: ReadonlySet<string> = new Set([
  'news', 'series', 'species', 'means', 'headquarters', 'crossroads', 'lens', 'corps', 'gas', 'canvas', 'atlas',
]);
