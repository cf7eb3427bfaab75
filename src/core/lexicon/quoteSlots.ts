/**
 * Participles before a quotation that name a thing rather than report
 * words, after a noun: `a play called "…"`, `a plan dubbed "…"`.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed']);

/** Verbs by which a speaker names someone: `Marwick called Salcedo "Little Enzo"` quotes Marwick. */
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

/**
 * Verbs that judge someone for their words: in `X rebuked Y for calling it "…"` the quote is Y's, said by
 * the one judged, not by the judge. Past and present forms, as they stand before the person.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(
  ('rebuked rebukes criticized criticised criticizes criticises accused accuses blamed blames praised praises attacked attacks ' +
    'faulted faults slammed slams blasted blasts mocked mocks thanked thanks chided chides scolded scolds condemned condemns ' +
    'denounced denounces lambasted lambasts ridiculed ridicules applauded applauds commended commends credited credits ' +
    'congratulated congratulates censured censures reprimanded reprimands derided derides assailed assails excoriated excoriates')
    .split(' '),
);

/**
 * Acts of speech in -ing that a judging verb holds against someone: `rebuked Hale for calling it "…"` quotes
 * Hale. Any other act (`accused Hale of running a "fiction-filled campaign"`) is the judge's account, in the judge's words.
 */
export const JUDGED_SPEECH: ReadonlySet<string> = new Set([
  'calling', 'saying', 'describing', 'suggesting', 'claiming', 'telling', 'referring', 'labeling', 'labelling', 'branding',
  'dubbing', 'declaring', 'insisting', 'arguing', 'writing', 'tweeting', 'posting', 'comparing', 'predicting', 'promising',
]);
