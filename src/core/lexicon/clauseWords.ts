/**
 * Words that find a clause's subject in "After the vote, Okafor called it
 * "a disaster"": the openers of an introductory phrase that ends at a comma,
 * the linking words to step over, and common verbs whose past tense lacks -ed.
 */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'during', 'since', 'like', 'unlike', 'for', 'with', 'as',
  'by', 'despite', 'although', 'though', 'because', 'if', 'once', 'until', 'amid', 'following', 'asked', 'speaking',
  'over', 'under', 'through', 'from', 'to', 'of', 'without', 'last', 'earlier', 'later', 'now', 'instead',
  'still', 'meanwhile', 'however', 'indeed', 'moreover', 'yesterday', 'today', 'tonight', 'recently', 'previously',
  'separately', 'overall', 'ultimately', 'finally', 'first', 'then', 'also', 'yet', 'whether', 'where',
]);

/** PHRASE_OPENERS that are adverbs, taking no object: "Meanwhile Kell, who …" opens with its subject. */
export const LONE_ADVERBS: ReadonlySet<string> = new Set([
  'meanwhile', 'however', 'still', 'instead', 'indeed', 'moreover', 'now', 'then', 'also', 'yet', 'separately',
  'ultimately', 'finally', 'recently', 'previously', 'overall', 'later', 'earlier', 'yesterday', 'today', 'tonight',
]);

/** Verbs that follow a plural subject: before one, "outlets" in "The Kell outlets have" is a noun, not a verb. */
export const PLURAL_VERBS: ReadonlySet<string> = new Set([
  'have', 'are', 'were', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  "haven't", "aren't", "weren't", "don't", 'haven\u2019t', 'aren\u2019t', 'weren\u2019t', 'don\u2019t',
]);

/** Linking words before a clause's subject: "But Okafor said …", "And then she wrote …". */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'then', 'now', 'still', 'also', 'or', 'plus', 'thus', 'even']);

/** Past tenses and present forms of common verbs without -ed or -s: "Okafor went on to say …". */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set(
  ('went ran took made gave told got came saw said wrote spoke thought knew brought left kept held put set sent won lost met ' +
    'paid read led felt found began drew struck threw broke chose fought hit laid meant rode rose shook shot sought stood swore ' +
    'taught tore wore built sold spent bought caught dug fed flew forgot froze hung hid let lit sang sat slept slid spun stole ' +
    'stuck stung strode swept swung understood woke withdrew overtook undertook upheld took became did had ' +
    'cut fell grew beat quit shut spread cost hurt split bid sank blew fled dealt lent forgave'
  ).split(' '),
);

/** Words after which a new clause, with its own subject, starts: "while Okafor called it …", "what it calls …". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'while', 'although', 'though', 'because', 'whereas', 'which', 'what',
]);

/** Words that open a clause set before its sentence's main one: "While Kell spoke, …". */
export const FRONTING_WORDS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'when', 'after', 'because', 'since', 'once', 'if', 'before', 'as', 'whereas']);

/** Marks that end a sentence, as words: a search back for a clause's head stops at them. */
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Prepositions: capitalised at a sentence's start they open no name ("Of Dana Kell, …"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'of with from by to into under over during despite among about against without through between amid following unlike like per via toward towards upon within across behind beyond'.split(' '),
);

/** Prepositions of place and time left out of PREPOSITIONS, which open phrases of their own: "in Leeds", "at noon", "for weeks". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for']);

/** Adverbs that stand between a subject and its verb besides the -ly ones: "Brandt however said". */
/**
 * Nouns in -ly that speak: "her family said", "the assembly voted" keep their noun, where a
 * word in -ly is otherwise read as an adverb ("she quickly said"). Other nouns in -ly stay
 * out: "a Kell rally" read as a noun would join the name before it.
 */
export const NOUNS_IN_LY: ReadonlySet<string> = new Set(['family', 'assembly']);
export const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'too', 'meanwhile', 'instead', 'now', 'then', 'also', 'again', 'still', 'himself', 'herself', 'themselves', 'itself', 'alone']);

/** Pronouns that can open a clause as its speaking subject: "he said", "who told". */
export const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'he’s', "he's", 'she’s', "she's"]);

/** Words for a share of those named after their "of", who stay the speakers: "a majority of Americans said". */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'lot', 'lots', 'majority', 'minority', 'number', 'couple', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions',
  'half', 'most', 'some', 'many', 'all', 'none', 'one', 'each', 'both', 'few', 'several', 'rest', 'bulk', 'share', 'percent', 'third',
]);

/** Counting words that stand for people on their own: `"…," tweeted another`, `the two write`. */
export const COUNTED_SPEAKERS: ReadonlySet<string> = new Set(['another', 'others', 'both', 'two', 'three', 'four', 'five', 'several']);

/** Sentence adverbs, which open a sentence capitalised but never a name: "Nevertheless, …", "Even Friday …". */
/** Capitalised words that open a sentence before a name and are never part of it: "Maybe Marwick will …". */
export const NAME_OPENERS: ReadonlySet<string> = new Set([
  'maybe', 'only', 'whatever', 'whereas', 'everything', 'absent', 'unlike', 'like', 'as', 'for', 'with', 'without', 'until',
  'even', 'earlier', 'later', 'already', 'therefore', 'throughout', 'together', 'having', 'multiple',
  // interjections that open a reply: "Yes, I think …", "Look, Harriet needed …"
  'yes', 'yeah', 'well', 'oh', 'hey', 'look', 'sure', 'wait', 'okay', 'ok', 'no',
]);

export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'nevertheless', 'nonetheless', 'even', 'furthermore', 'moreover', 'additionally', 'likewise', 'similarly', 'otherwise', 'regardless',
]);

/** The finite forms of "be" a clause's verb takes after its subject: "Her verdict was blunt", "the crowd is". */
export const FINITE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
