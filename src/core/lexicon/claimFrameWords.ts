/** Forms of "be" and "get" before a participle: "they were announced" is no speaker's frame. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gets']);

/**
 * Words that open an introductory phrase rather than a clause: "In the early
 * 1990s, she said, …", "When asked, he said …". Such a phrase before a
 * reporting frame is no claim of its own.
 */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'during', 'since', 'like', 'unlike', 'for', 'with', 'as', 'by',
  'despite', 'although', 'though', 'because', 'if', 'once', 'until', 'amid', 'following', 'asked', 'speaking', 'over',
  'under', 'through', 'from', 'without', 'among', 'upon', 'within', 'throughout', 'unless', 'whenever',
]);

/** Verbs that name a title or a term in quotes: `a play called "Sons of Trump"` is narration, not speech. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'branded', 'billed', 'styled',
]);
