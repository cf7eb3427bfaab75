/**
 * Participles before a quotation that name a thing rather than report
 * words, after a noun: `a play called "…"`, `a plan dubbed "…"`.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed']);

/** Verbs by which a speaker names someone: `Trump called Rubio "Little Marco"` quotes Trump. */
export const NAMING_SPEECH_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'dubbed', 'dubs', 'nicknamed', 'labeled', 'labelled', 'branded']);

/** Participles that name with "as": `the hacker known as "…"`. */
export const NAMING_AS: ReadonlySet<string> = new Set(['known']);

/** Words before a noun + naming participle that show the noun is its subject: `what he called "…"`. */
export const NOT_NAMED_NOUNS: ReadonlySet<string> = new Set(['what', 'which', 'whom', 'who', 'that', 'been', 'be', 'being', 'is', 'was', 'were', 'are', 'so']);

/** Words that place a title as a show, paper or program: `on "Face the Nation"`, `speaking to "Meet the Press"`, `his "Real Talk" show`. */
export const TITLE_SLOT_WORDS: ReadonlySet<string> = new Set([
  'on', 'to', 'in', 'at', 'with', 'of', 'during', 'from', 'for', 'about', 'into', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
]);

/** Kinds of work whose title may follow them: `the documentary "Long Road"`, `her book, "Ashes"`. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'book', 'memoir', 'novel', 'film', 'movie', 'documentary', 'play', 'musical', 'opera', 'show', 'series', 'sitcom', 'thriller',
  'drama', 'comedy', 'episode', 'song', 'album', 'podcast', 'program', 'programme', 'magazine', 'newspaper', 'column', 'essay',
  'poem', 'painting', 'exhibition', 'ad', 'video', 'game',
]);

/** Verbs that name the quote after a lower-case noun, for attribution: "a play called", "a plan dubbed" (see namesQuote). */
export const NOUN_NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'labeled', 'labelled', 'branded']);
