/**
 * Words that make up a title or role before a name ("NATO Secretary General
 * Jens Stoltenberg", "Democratic presidential candidate Ana Ruiz"),
 * lower-cased and without a final full stop.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'secretary', 'general', 'minister', 'prime', 'deputy', 'foreign', 'defense', 'defence', 'chancellor',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice',
  'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'ambassador', 'envoy',
  'pope', 'king', 'queen', 'prince', 'princess', 'chief', 'attorney', 'speaker', 'leader', 'majority', 'minority',
  'candidate', 'nominee', 'hopeful', 'former', 'commander', 'commissioner', 'executive', 'officer', 'press', 'state',
  'adviser', 'advisor', 'aide', 'strategist', 'manager', 'campaign', 'presidential', 'democratic', 'republican',
  'gop', 'sheriff', 'lt', 'col', 'gen', 'adm', 'maj', 'capt', 'sgt', 'lieutenant', 'colonel', 'major', 'captain',
  'admiral', 'sergeant', 'professor', 'prof', 'dr', 'rev', 'reverend', 'analyst', 'economist', 'founder', 'head',
  'treasury', 'finance', 'interior', 'health', 'education', 'energy', 'trade', 'labor', 'homeland', 'security', 'national',
  'white', 'house', 'u.s', 'us', 'senate', 'assembly', 'party', 'top', 'senior', 'acting',
  'interim', 'first', 'lady', 'emeritus', 'retired', 'billionaire', 'businessman', 'businesswoman', 'activist', 'author',
  'host', 'anchor', 'columnist', 'editor', 'reporter', 'correspondent', 'pollster', 'coach', 'official', 'rabbi', 'bishop',
  'cardinal', 'sen.', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'delegate', 'councilman', 'councilwoman',
  'assemblyman', 'assemblywoman', 'legislator', 'lawmaker', 'attorney-general', 'counsel', 'solicitor', 'economic',
  'military', 'intelligence', 'environment', 'transport', 'agriculture', 'veterans', 'affairs', 'committee', 'ranking',
  'member', 'whip', 'boss', 'caucus', 'democrat', 'independent', 'libertarian', 'conservative', 'liberal', 'progressive',
  'surrogate', 'advocate', 'mogul', 'tycoon', 'magnate', 'front-runner', 'frontrunner', 'committeeman', 'committeewoman',
  // parliaments and police forces outside the US: "Labour MP", "Chief Inspector", "Councillor"
  'mp', 'mep', 'msp', 'mla', 'inspector', 'superintendent', 'constable', 'detective', 'councillor', 'cllr', 'premier',
  // union and campaign posts: "Union organiser Ana Hale", "shop steward Tom Kell"
  'organiser', 'organizer', 'steward', 'convenor', 'convener', 'negotiator', 'campaigner',
  // clinical and public-service posts: "Surgeon Liv Tamm", "Headteacher Ana Hale", "Paramedic Tom Kell"
  'surgeon', 'physician', 'paramedic', 'midwife', 'nurse', 'pharmacist', 'headteacher', 'headmaster', 'headmistress', 'principal',
  'lawyer', 'barrister', 'prosecutor', 'consultant',
  // broadcast posts: "Presenter Owen Hale", "interviewer Kate Holt"
  'presenter', 'interviewer',
]);

/**
 * Role words that only describe a title ("former", "National", "Labor") and never stand alone as one
 * before a surname, as "Sen." and "President" do: "National Review" and "Labor Day" name no one.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'foreign', 'defense', 'defence', 'prime', 'former', 'presidential', 'democratic', 'state', 'treasury', 'finance',
  'interior', 'health', 'education', 'energy', 'trade', 'labor', 'homeland', 'security', 'national', 'white', 'house',
  'u.s', 'us', 'senate', 'assembly', 'party', 'top', 'senior', 'acting', 'interim', 'first', 'emeritus', 'retired',
  'economic', 'military', 'intelligence', 'environment', 'transport', 'agriculture', 'veterans', 'affairs', 'ranking',
  'majority', 'minority', 'conservative', 'liberal', 'progressive', 'press', 'campaign', 'executive', 'gop', 'committee',
]);

/** Titles used to address someone, which an honorific does not make a surname: "Mr. President", unlike "Ms. White". */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set([
  'president', 'speaker', 'chairman', 'chairwoman', 'secretary', 'ambassador', 'mayor', 'governor', 'senator', 'minister',
  'vice', 'chief', 'commissioner', 'prime',
]);

/** Honorifics: they show a person (and sometimes a gender) but are not roles. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | 'unknown'> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female'],
  ['lord', 'male'], ['dr', 'unknown'], ['prof', 'unknown'],
]);

/** Words that make a capitalised name an organisation rather than a person. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'party', 'committee', 'council', 'commission', 'agency', 'office', 'union', 'association',
  'institute', 'university', 'college', 'times', 'post', 'news', 'network', 'foundation', 'group', 'bank', 'court',
  'senate', 'house', 'congress', 'administration', 'government', 'inc', 'corp', 'co', 'ltd', 'company', 'center',
  'centre', 'board', 'bureau', 'service', 'journal', 'press', 'media', 'police', 'army', 'navy', 'force', 'forces',
  'alliance', 'nato', 'campaign', 'organization', 'organisation', 'fund', 'trust', 'council', 'cnn', 'fox', 'nbc',
  'abc', 'cbs', 'msnbc', 'reuters', 'politico', 'breitbart', 'tribune', 'herald', 'magazine', 'daily', 'embassy',
  'kremlin', 'pentagon', 'parliament', 'cabinet', 'club', 'pac', 'caucus', 'coalition', 'federation', 'society',
  'federal', 'states', 'republic', 'kingdom', 'nations', 'church', 'school', 'hospital', 'studio', 'studios', 'team',
  'authority', 'authorities', 'directorate', 'secretariat', 'firm', 'corporation', 'council', 'convention', 'conference',
  'assembly', 'summit', 'museum', 'academy', 'institution', 'movement', 'laboratory', 'forum', 'watch', 'action',
  'consortium', 'program', 'programme', 'project', 'initiative', 'review', 'gop', 'tv', 'theater', 'theatre',
  'united', 'partnership', 'journalism', 'chamber',
  // newspapers' and agencies' last words that name no person: "the Harbour Gazette", "Agence France-Presse"
  'presse', 'gazette', 'ledger', 'chronicle', 'telegraph', 'inquirer', 'sentinel',
  // places of care, which a doctor speaks from: "Dr. Ana Vell of the Brightwater Clinic"
  'clinic', 'infirmary',
  // kinds of company and body, which "the utility", and a name set off after one, speak as
  'utility', 'utilities', 'regulator', 'watchdog', 'insurer', 'lender', 'airline', 'charity', 'carmaker', 'automaker', 'conglomerate',
  // (not outlets' nouns, "the newspaper", which stand for an outlet named before: see OUTLET_REFERENCES)
  'steelmaker', 'chipmaker', 'drugmaker', 'retailer', 'supermarket', 'wholesaler', 'housebuilder', 'multinational', 'telco', 'fm',
  // a company by what it makes or sells: "the software maker said"; "policymaker" is one word, and a person
  'maker', 'manufacturer', 'provider', 'supplier',
  // outlets, platforms, pollsters and companies known by one word, which no person is named
  'twitter', 'facebook', 'youtube', 'instagram', 'snapchat', 'reddit', 'google', 'microsoft', 'blaze', 'buzzfeed',
  'axios', 'gawker', 'newsmax', 'infowars', 'univision', 'telemundo', 'mediaite', 'politifact', 'factcheck.org',
  'realclearpolitics', 'gallup', 'quinnipiac', 'ipsos', 'egyptair', 'aeroflot', 'lufthansa',
  // agencies and bodies known by their letters, which "the FBI said" makes a description
  'fbi', 'cia', 'nsa', 'dhs', 'doj', 'epa', 'irs', 'dnc', 'rnc', 'nra', 'aclu', 'naacp', 'imf', 'opec',
]);

/**
 * Last words of company names, which make a name of two or more words a
 * company ("Apex Holdings"), though alone or lower-case they are other words
 * ("the capital", "energy prices").
 */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  'holdings', 'technologies', 'technology', 'systems', 'partners', 'industries', 'plc', 'llc', 'llp', 'gmbh',
  'capital', 'energy', 'airlines', 'airways', 'motors', 'foods', 'pharmaceuticals', 'pharma', 'therapeutics', 'labs',
  'solutions', 'ventures', 'enterprises', 'logistics', 'investments', 'securities', 'insurance', 'resources', 'properties',
  'mining', 'petroleum', 'telecom', 'communications', 'electronics', 'brands', 'biotech', 'software', 'semiconductor',
  'semiconductors', 'shipping', 'railways', 'chemicals', 'financial', 'bancorp', 'realty', 'retail', 'stores', 'fuels', 'trading',
  'homes', 'water', 'gas', 'rail', 'telecoms', 'buses', 'trains', 'ferries', 'consulting', 'consultancy', 'analytics', 'associates',
  // not "services", "media" or "housing", which end the names of departments cut at their "and" ("… Human Services"),
  // nor "estates", which names neighbourhoods
  'developments', 'construction', 'builders', 'contractors', 'engineering', 'utilities', 'supplies', 'hotels',
]);

/**
 * Last words of capitalised names of things and places, never of a person unless a given name or
 * title comes first ("Norma Hill", "Sen. Ellis Tower"): "Equal Rights Amendment", "Capitol Hill".
 */
export const THING_WORDS: ReadonlySet<string> = new Set([
  'amendment', 'act', 'agreement', 'accord', 'treaty', 'law', 'day', 'street', 'avenue', 'road', 'boulevard', 'square',
  'hill', 'hall', 'tower', 'building', 'bridge', 'park', 'plaza', 'airport', 'station', 'river', 'lake', 'county', 'city',
  'island', 'list', 'show', 'world', 'security', 'control', 'policy', 'prize', 'award', 'war', 'games', 'cup', 'series',
  'bowl', 'month', 'week', 'primary', 'debate', 'plan', 'fame', 'valley',
]);

/** Nouns that speak as a group or an institution when used without a name: "officials said". */
export const SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'experts', 'critics', 'aides', 'sources', 'analysts', 'observers', 'supporters', 'opponents', 'voters',
  'residents', 'witnesses', 'diplomats', 'lawmakers', 'democrats', 'republicans', 'protesters', 'police', 'organizers',
  'advisers', 'economists', 'scientists', 'researchers', 'investigators', 'prosecutors', 'authorities', 'leaders',
  'people', 'insiders', 'allies', 'strategists', 'activists', 'members', 'americans', 'latinos', 'hispanics', 'muslims',
  'christians', 'evangelicals', 'conservatives', 'liberals', 'progressives', 'immigrants', 'veterans', 'independents',
  'family',
]);

/** Words of writing before "in" and a publication's name: "wrote in Vulture", "an op-ed in the Courier". */
export const WRITING_WORDS: ReadonlySet<string> = new Set([
  'wrote', 'writes', 'write', 'writing', 'written', 'published', 'op-ed', 'column', 'editorial', 'essay', 'article',
]);

/** Nouns after an outlet's name that show it is one: "Time magazine", "the Guardian newspaper". */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['magazine', 'newspaper', 'network', 'channel', 'blog', 'tabloid']);

/** Nouns that stand for a news outlet named before: "the newspaper", "the broadcaster". */
export const OUTLET_REFERENCES: ReadonlySet<string> = new Set([...OUTLET_NOUNS, 'paper', 'broadcaster', 'outlet', 'publication', 'website', 'daily', 'weekly']);

/** Last words of news agencies' names, which "the agency" may stand for: "Agence France-Presse", "the Associated Press". */
export const NEWS_AGENCY_ENDINGS: ReadonlySet<string> = new Set(['press', 'presse', 'reuters', 'wire', 'afp', 'ap', 'dpa', 'efe', 'ansa', 'xinhua', 'kyodo', 'tass']);

/** Last words of newspapers' names that name no other kind of body: "the Daily Courier", "the Harbour Gazette". */
export const NEWSPAPER_TITLE_WORDS: ReadonlySet<string> = new Set([
  'courier', 'gazette', 'ledger', 'chronicle', 'telegraph', 'dispatch', 'examiner', 'inquirer', 'sentinel', 'observer', 'mirror', 'globe',
]);

/** Organisation words that end the names of news outlets as often as of other bodies: "the Evening Post", "Metro News". */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'network', 'journal', 'press', 'media', 'tribune', 'herald', 'magazine', 'daily', 'review', 'tv',
]);

/**
 * Kinds of body that name the body right after them, with no commas: "the union Unite Now said",
 * "the charity Shelter warned". Not "campaign" or "team" ("the team Kell built").
 */
export const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([
  'union', 'charity', 'company', 'firm', 'utility', 'regulator', 'watchdog', 'insurer', 'lender', 'airline', 'carmaker',
  'automaker', 'conglomerate', 'bank', 'agency', 'party', 'think-tank', 'consortium', 'broadcaster', 'retailer', 'supermarket',
  'steelmaker', 'chipmaker', 'drugmaker', 'wholesaler', 'housebuilder', 'newspaper', 'tabloid', 'multinational',
]);

/**
 * Kinds of company that, set off as a name's role, show the name is a body whatever it looks like:
 * "the developer, Northgate Living, said"; "it" can then stand for it.
 */
export const COMPANY_KIND_ROLES: ReadonlySet<string> = new Set([
  ...BODY_KIND_NOUNS, 'developer', 'builder', 'contractor', 'operator', 'manufacturer', 'supplier', 'provider',
  'producer', 'maker', 'distributor', 'exporter', 'importer', 'wholesaler', 'startup', 'start-up', 'chain', 'carrier', 'group',
]);

/** Documents and outlets that can stand after "according to": "according to the report". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'report', 'study', 'newspaper', 'paper', 'poll', 'survey', 'statement', 'memo', 'filing', 'complaint', 'lawsuit',
  'affidavit', 'indictment', 'website', 'letter', 'book', 'documents', 'records', 'transcript',
]);

/**
 * Heads of a noun phrase that names a written or recorded text, which speaks as a document rather than
 * as a group of people: "the report said", "the statement read", "a Treasury memo put it".
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'poll', 'survey', 'statement', 'statements', 'memo', 'memorandum', 'filing', 'complaint',
  'lawsuit', 'affidavit', 'indictment', 'letter', 'book', 'document', 'documents', 'records', 'transcript', 'release',
  'editorial', 'order', 'ruling', 'opinion', 'decision', 'brief', 'motion', 'petition', 'resolution', 'notice', 'email',
  'e-mail', 'tweet', 'ad', 'advertisement', 'video', 'article', 'column', 'op-ed', 'essay', 'audit',
  'assessment', 'review', 'guidance', 'guidelines', 'platform', 'manifesto', 'proposal', 'summary', 'sign', 'banner',
  'post', 'message', 'note', 'draft', 'bill', 'text', 'verdict', 'warrant', 'subpoena', 'dossier', 'cable', 'readout',
  'playbook', 'handbook', 'manual', 'guide', 'website', 'page', 'caption', 'headline', 'slogan', 'script',
]);

/**
 * Nouns that end like a trade ("-er", "-or") or name a relative, which a name set off after them does not
 * hold as a role: "either Lorne or Haskins", "his father, Tom Hale,".
 */
export const NOT_TITLE_NOUNS: ReadonlySet<string> = new Set([
  'either', 'neither', 'whether', 'rather', 'together', 'however', 'whatever', 'whoever', 'number', 'matter', 'border', 'order',
  'resist', 'insist', 'assist', 'persist', 'consist',
  'father', 'mother', 'brother', 'sister', 'daughter', 'grandfather', 'grandmother', 'stepfather', 'stepmother', 'son', 'wife',
  'husband', 'partner', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'fiancé', 'fiancée', 'widow', 'widower',
]);

/**
 * Nouns that describe a person by standing, not trade, and title a name only after a word that says in what:
 * "Tennis great Marta Vell", "Labour veteran Tom Ashdown", "Hollywood legend Ava Stone".
 */
export const STANDING_NOUNS: ReadonlySet<string> = new Set([
  'great', 'veteran', 'legend', 'icon', 'star', 'stalwart', 'grandee', 'heavyweight', 'firebrand', 'maverick', 'hopeful',
  'rookie', 'prodigy', 'titan', 'doyen', 'doyenne', 'luminary', 'favourite', 'favorite', 'mogul', 'tycoon', 'magnate',
  'guru', 'supremo', 'hero', 'heroine', 'idol',
]);
