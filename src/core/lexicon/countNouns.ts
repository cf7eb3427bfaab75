/**
 * What a number counts, as data. A plural noun after a number is what it
 * counts ("1,000 troops"); these words end in "s" but are not plural nouns,
 * or are plurals that never follow a number as its unit.
 */
export const NOT_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', 'goes', 'says', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'thus',
  'us', 'as', 'yes', 'plus', 'minus', 'less', 'unless', 'across', 'perhaps', 'always', 'sometimes', 'besides',
  'afterwards', 'towards', 'whereas', 'nevertheless', 'regardless', 'nonetheless', 'versus', 'times', 'percents',
  'seems', 'remains', 'means', 'needs', 'makes', 'takes', 'gets', 'comes', 'gives', 'shows', 'adds', 'rises',
  'falls', 'grows', 'stands', 'includes', 'marks', 'represents', 'accounts', 'compares', 'costs', 'helps',
  'hits', 'tops', 'reaches', 'exceeds', 'ranks', 'lists', 'sits', 'runs', 'turns', 'puts', 'sets', 'lets',
  'allows', 'requires', 'involves', 'looks', 'plans', 'aims', 'wants', 'expects', 'believes', 'thinks',
  'knows', 'becomes', 'continues', 'remains', 'leaves', 'keeps', 'brings', 'holds', 'works', 'calls', 'tells',
  'asks', 'feels', 'tries', 'uses', 'finds', 'provides', 'receives', 'reports', 'notes',
  'various', 'previous', 'serious', 'numerous', 'famous', 'obvious', 'enormous', 'dangerous', 'previous',
  'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'seconds', 'decades', 'centuries', 'news',
  // An adverb of when far more often than a counted noun: "airs on Radio 125 weekdays".
  'weekdays',
  // Adverbs of place that end as plurals do: "14 fugitives overseas".
  'overseas', 'indoors', 'outdoors', 'upstairs', 'downstairs', 'backwards', 'forwards', 'nowadays',
]);

/**
 * Verbs spelled as plurals that, right after a counted plural, agree with a
 * singular noun before the number: "a ballot of 1,200 members closes",
 * "a survey of 2,000 adults suggests". There the first plural is the unit,
 * where "14 new measles cases" takes the second.
 */
export const VERBS_AFTER_A_COUNT: ReadonlySet<string> = new Set([
  'closes', 'opens', 'meets', 'suggests', 'rules', 'warns', 'estimates', 'argues', 'claims', 'concludes', 'predicts',
  'recommends', 'urges', 'insists', 'agrees', 'votes', 'demands', 'begins', 'ends', 'faces', 'covers', 'reveals',
  'indicates', 'confirms', 'backs', 'opposes', 'supports', 'decides', 'signs', 'gathers', 'launches',
]);

/** Plural nouns that do not end in "s": "300 people", "five children". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'persons', 'personnel', 'staff', 'cattle', 'police', 'sheep', 'fish',
  'deer', 'aircraft', 'spacecraft', 'feet', 'teeth', 'mice', 'geese', 'civilians', 'troops', 'soldiers',
  // compounds of "children", "men" and "women": "five grandchildren", "two gunmen"
  'grandchildren', 'schoolchildren', 'stepchildren', 'gunmen', 'policemen', 'firemen', 'fishermen', 'servicemen',
  'businessmen', 'spokesmen', 'chairmen', 'tradesmen', 'craftsmen', 'sportsmen', 'clergymen', 'crewmen', 'militiamen',
  'congressmen', 'policewomen', 'businesswomen', 'servicewomen', 'sportswomen', 'congresswomen',
]);

/**
 * Singular nouns that a hyphenated number counts in a compound adjective, with
 * the plural that names the unit: "a 10-point lead" → points, "a 15-member panel" → members.
 */
export const COMPOUND_COUNT_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries({
  point: 'points', member: 'members', seat: 'seats', vote: 'votes', page: 'pages', judge: 'judges', state: 'states',
  nation: 'nations', county: 'counties', city: 'cities', game: 'games', story: 'stories', person: 'people',
  delegate: 'delegates', bed: 'beds', room: 'rooms', car: 'cars', lane: 'lanes', count: 'counts', stop: 'stops',
  term: 'terms', man: 'men', woman: 'women',
}));

/**
 * Adjectives and noun modifiers that may stand between a number and the plural
 * noun it counts: "four other nights", "200 new jobs", "758 pledged delegates",
 * "309 electoral votes", "three swing states". Only listed words: a verb may
 * stand there too ("45 favored cuts").
 */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  'other', 'more', 'fewer', 'further', 'additional', 'extra', 'new', 'such', 'separate', 'different', 'registered', 'pledged',
  'unpledged', 'uncommitted', 'electoral', 'remaining', 'undocumented', 'likely', 'eligible', 'presidential',
  'congressional', 'legislative', 'major', 'main', 'key', 'young', 'former', 'senior', 'top', 'big', 'small',
  'large', 'federal', 'local', 'foreign', 'armed', 'unarmed', 'innocent', 'individual', 'private', 'public',
  'state', 'swing', 'battleground', 'primary', 'general', 'previous', 'straight', 'consecutive',
]);

/**
 * Plurals that stand in for a noun said before, and so name no unit of their
 * own: "49 people were killed and 53 others hurt" counts people.
 */
export const STAND_IN_PLURALS: ReadonlySet<string> = new Set(['others']);

/**
 * Endings of adjectives that may stand, unlisted, between a number and the
 * plural it counts: "250 new social homes", "40 electric buses", "30 affordable flats".
 * No ending of a common verb is here: "40 want changes" reads the number alone.
 */
export const ADJECTIVE_ENDINGS: readonly string[] = ['al', 'ic', 'ive', 'ous', 'able', 'ible', 'ful', 'ary'];

/** Verbs and nouns with those endings that a number's subject may take: "about 40 receive benefits". */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  'receive', 'deceive', 'perceive', 'conceive', 'give', 'forgive', 'live', 'drive', 'arrive', 'derive', 'deprive',
  'survive', 'revive', 'strive', 'thrive', 'contrive', 'reveal', 'appeal', 'conceal', 'repeal', 'steal', 'heal',
  'enable', 'disable', 'vary', 'marry', 'carry', 'bury', 'worry', 'hurry',
]);

/** Words that, right after a plural, show the plural is a verb whose subject is the number: "he was 12 drives him". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us', 'himself', 'herself', 'themselves', 'itself']);

/** Verbs of seeming that are also plural nouns: "Forty billion sounds like a lot", not "40 sounds". */
export const SEEMING_VERBS: ReadonlySet<string> = new Set(['sounds', 'smells', 'tastes']);

/** Words after a verb of seeming that make it one: "sounds like", "sounds a lot", "sounds too high". */
export const AFTER_SEEMING: ReadonlySet<string> = new Set([
  'like', 'as', 'too', 'very', 'quite', 'rather', 'pretty', 'so', 'fairly', 'about', 'right', 'more', 'less',
]);
