/** Forms of "be" and "get" before a participle: "they were announced" is no speaker's frame. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gets']);

/**
 * Words that open an introductory phrase rather than a clause: "In the early
 * 1990s, she said, …", "When asked, he said …". Such a phrase before a
 * reporting frame is no claim of its own; so is one opened by a participle in
 * -ing ("Writing for the majority, …"), which needs no entry here.
 */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'during', 'since', 'like', 'unlike', 'for', 'with', 'as', 'by',
  'despite', 'although', 'though', 'because', 'if', 'once', 'until', 'amid', 'following', 'asked', 'speaking', 'over',
  'under', 'through', 'from', 'without', 'among', 'upon', 'within', 'throughout', 'unless', 'whenever',
  // past participles that open a phrase about the speaker: "Pressed on the cost, she said …"
  'pressed', 'reached', 'contacted', 'questioned', 'challenged', 'interviewed',
]);

/** Of ADVERBIAL_OPENERS, those that open only a clause, never a phrase: "If the two met, …" is no claim alone. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'unless', 'whenever']);

/** Verbs that name a title or a term in quotes: `a play called "Heirs of Marwick"` is narration, not speech. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'branded', 'billed', 'styled',
]);

/** Words before "as" that name what the quote after it is called: `known as "the Poorhouse"`. */
export const NAMED_AS: ReadonlySet<string> = new Set(['known', 'described', 'referred', 'billed', 'regarded', 'hailed', 'touted', 'styled', 'branded']);

/** Prepositions after a reporting verb that give its topic, not its content: "said of the vote". */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about']);

/**
 * Reporting verbs that as often take a thing as a clause: "announced his
 * engagement", "wrote a book". Followed by an article or a possessive, what
 * comes next is their object.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'announced', 'announces', 'revealed', 'reveals', 'confirmed', 'confirms', 'reported', 'wrote', 'writes', 'posted',
  'released', 'published', 'unveiled', 'denied', 'denies', 'recalled', 'recalls', 'described', 'describes', 'praised', 'criticized',
  // "declared a state of emergency", "declared the building unsafe": an act, not words reported
  'declared', 'declares',
]);

/**
 * Reporting verbs whose object is an amount, though after an article a clause is likelier:
 * "admitted 14 counts of fraud", but "admits the plan failed".
 */
export const AMOUNT_OBJECT_VERBS: ReadonlySet<string> = new Set(['admitted', 'admits', 'admit']);

/** Qualifiers before an amount that "add" takes as its object: "added about eight months to …", "adds an estimated €3 billion to …". */
export const AMOUNT_LEADS: ReadonlySet<string> = new Set([
  'a', 'an', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'another', 'estimated', 'extra',
  'additional', 'further', 'over', 'just', 'more', 'than', 'at', 'least', 'up', 'to', 'well',
]);

/** Words for many before a noun: a reporting word in -s after them is a plural noun ("the other states voting", "four reports"). */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([
  'other', 'these', 'those', 'many', 'several', 'some', 'both', 'all', 'few', 'most', 'various', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'member',
]);

/** Pronouns that name who was told, not who speaks: "told them the plan was dead". */
export const ADDRESSEE_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** Words that open the subject of a reported clause after its addressee: "told parliament the deficit …", "told reporters he …". */
export const CLAUSE_SUBJECT_LEADS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'its', 'his', 'her',
  'their', 'our', 'no', 'all', 'most', 'many', 'some', 'every', 'each', 'both', 'nearly', 'only', 'more', 'fewer',
]);

/** Labels that mark a question in an interview transcript: "Q: Who pays for it?". */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question', 'interviewer']);
/** Labels that mark an answer without naming who gives it: "A: We pay for it." */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer']);

/** Words of a heading before a colon that names no speaker: "Editor's Note:", "Update:", "Key Points:". */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'note', "editor's", 'editor\u2019s', 'editors', 'update', 'updated', 'correction', 'clarification', 'photo', 'photos',
  'source', 'sources', 'read', 'more', 'related', 'background', 'key', 'points', 'breaking', 'news', 'warning', 'disclaimer',
  'summary', 'transcript', 'video', 'watch', 'listen', 'see', 'also', 'image', 'credit', 'caption', 'table', 'figure', 'chart',
  'step', 'chapter', 'part', 'day', 'live', 'analysis', 'opinion', 'comment', 'fact', 'check', 'verdict', 'claim', 'rating',
  'what', 'why', 'how', 'when', 'where', 'who', 'the', 'this', 'our', 'top', 'latest', 'timeline', 'agenda', 'location', 'date', 'time',
]);

/** Words in -ing that open a phrase, not a frame going on: "said, according to reports, …", "said, including …". */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'according', 'including', 'regarding', 'concerning', 'following', 'considering', 'beginning', 'starting', 'excluding', 'during',
]);

/** Prepositions before which a cue word is a noun or a modifier, not a verb: "on projects", "in pledged delegates". */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'of', 'off', 'for', 'with', 'from', 'by', 'at', 'about', 'into', 'among']);

/** Words after which a modal is part of a question or a description, not a call: "whether it should pay", "who must decide". */
export const EMBEDDING_WORDS: ReadonlySet<string> = new Set(['whether', 'who', 'which']);

/**
 * Small words that a headline in title case capitalises and prose does not:
 * "Accused Of Reckless Stunt With Ferry". "The" is left out: names hold it
 * ("The Washington Post").
 */
export const TITLE_CASE_SIGNALS: ReadonlySet<string> = new Set([
  'Of', 'For', 'With', 'About', 'That', 'This', 'Will', 'From', 'Into', 'Just', 'After', 'Over', 'Against', 'And', 'Is', 'Are',
  'To', 'In', 'On', 'At', 'By', 'As', 'Its', 'His', 'Her', 'Their', 'These',
]);

/** Participles after a comma that turn the sentence's subject into a speaker: "X defended the plan, saying …". */
export const SPEECH_PARTICIPLES: readonly string[] = ['saying', 'arguing', 'insisting', 'claiming', 'adding', 'noting', 'warning', 'stressing', 'explaining'];

/** Documents of research whose findings a trailing frame reports: "…, a study found." */
export const FINDING_NOUNS: readonly string[] = [
  'study', 'report', 'survey', 'poll', 'analysis', 'review', 'paper', 'trial', 'audit', 'inquiry', 'investigation', 'research',
  'census', 'assessment', 'evaluation', 'experiment',
];
/** Bodies and people whose trade is finding, which a trailing frame credits as it does a document: "…, the panel found." */
export const FINDING_BODIES: readonly string[] = [
  'panel', 'watchdog', 'committee', 'commission', 'inspectorate', 'regulator', 'tribunal', 'court', 'jury', 'auditor', 'auditors',
  'inspectors', 'investigators', 'researchers', 'scientists', 'analysts', 'economists',
];
/** Numbers that show a finding as a document does, opening a sentence: "Police data show", "Figures published on Monday show". */
export const FINDING_DATA_NOUNS: readonly string[] = ['data', 'figures', 'statistics', 'numbers', 'records', 'estimates', 'projections', 'forecast', 'forecasts', 'estimate', 'modelling', 'modeling', 'calculations'];
/** Verbs by which a document opening the sentence sets a number, the sentence whole its claim: "The forecast puts the number at 2.3 million". */
export const FINDING_SETTING_VERBS: readonly string[] = ['puts', 'put', 'places', 'placed'];
/** Verbs by which a document reports what it found: "…, the survey showed." */
export const FINDING_VERBS: readonly string[] = [
  'found', 'finds', 'showed', 'shows', 'shown', 'suggests', 'suggested', 'concluded', 'concludes', 'estimated', 'estimates', 'indicated', 'indicates', 'revealed', 'reveals',
  // what a court or an inquiry is told in evidence: "…, the court heard."
  'heard',
];
/** The jobs a wire story's credit line names: "(Reporting by Ann Lee; editing by Tom Hale)". */
export const CREDIT_JOBS: readonly string[] = [
  'reporting', 'additional reporting', 'writing', 'written', 'editing', 'edited', 'compiled', 'compiling', 'research',
  'graphics', 'photos', 'translation', 'translated', 'fact-checking',
];
