/**
 * Countries, US states and big cities, as the last word of a place's name. In news a
 * place that speaks is its government ("Mexico said"), never a person that a
 * "he" or "she" could mean, and "Sen. Vernon Brannock of Ohio" is Brannock of the
 * place Ohio. Names as often people's are left out: Jordan, Georgia, Chad,
 * Israel, Virginia, Carolina, Dakota, Montana, Washington, York.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  // countries and territories often in the news
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'burma', 'cambodia',
  'cameroon', 'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark', 'ecuador',
  'egypt', 'england', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'germany', 'ghana', 'greece',
  'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'italy',
  'japan', 'kazakhstan', 'kenya', 'korea', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania',
  'luxembourg', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique', 'myanmar', 'nepal',
  'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine', 'panama', 'paraguay',
  'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'scotland', 'senegal',
  'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria',
  'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'venezuela',
  'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe',
  // continents and regions
  'america', 'europe', 'asia', 'africa', 'antarctica', 'greenland', 'arctic', 'oceania',
  // US states (New Jersey, New Mexico, West Virginia and the rest by their last word)
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'nebraska', 'nevada', 'hampshire', 'jersey',
  'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'wisconsin', 'wyoming',
  // cities in the news that are no one's name (Des Moines, Hong Kong and the like are in COMPOUND_PLACES)
  'chicago', 'philadelphia', 'baltimore', 'detroit', 'atlanta', 'miami', 'seattle', 'pittsburgh', 'milwaukee',
  'cincinnati', 'minneapolis', 'sacramento', 'manhattan', 'brooklyn', 'beijing', 'moscow', 'brussels', 'tokyo',
  'tehran', 'baghdad', 'damascus', 'aleppo', 'mosul', 'kabul', 'benghazi', 'jerusalem', 'cairo', 'havana', 'kiev',
  'kyiv', 'istanbul', 'ankara', 'geneva', 'beirut', 'riyadh', 'islamabad', 'pyongyang', 'shanghai', 'caracas',
]);

/** Two-word places whose last word is also a given name, in lower case: "South Carolina" is no Carolina. */
export const COMPOUND_PLACES: ReadonlySet<string> = new Set([
  'north carolina', 'south carolina', 'north dakota', 'south dakota', 'west virginia', 'new york', 'rhode island',
  'south korea', 'north korea', 'new zealand', 'sri lanka', 'saudi arabia', 'south africa', 'costa rica', 'el salvador',
  'puerto rico', 'new mexico', 'des moines', 'los angeles', 'las vegas', 'san francisco', 'san diego', 'san antonio',
  'new orleans', 'hong kong', 'tel aviv', 'salt lake',
]);

/**
 * Places whose names are also given names or surnames, so only a bare one is read as the place:
 * "Israel said" is its government, while "Tremaine Washington" and "Virginia Pardee" stay people.
 */
export const BARE_PLACE_WORDS: ReadonlySet<string> = new Set([
  'israel', 'washington', 'virginia', 'georgia', 'carolina', 'dakota', 'montana',
  // cities that are also surnames: "Amos Cleveland", "Tess London"
  'cleveland', 'houston', 'boston', 'london', 'berlin', 'denver', 'dallas', 'orlando', 'columbus',
]);

/**
 * US state abbreviations as news writes them after a town, lower case without the final full stop:
 * "Charlotte, N.C." and "Roanoke, Va." name towns, not people.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'mass', 'md',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa',
  'r.i', 's.c', 's.d', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'w.va', 'wyo', 'd.c',
]);

/**
 * Last words of a place's name that no person's name ends in, even after a given name: "Brent County",
 * "Lincoln Avenue". THING_WORDS holds them too, with others ("Norma Hill") a person may end in.
 */
export const PLACE_ENDINGS: ReadonlySet<string> = new Set([
  'county', 'city', 'avenue', 'boulevard', 'road', 'plaza', 'airport', 'valley',
]);
