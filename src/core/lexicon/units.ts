/**
 * Units of measure as data. Each row lists the spellings of one unit, the
 * name the figures stage reports, and its dimension; `time` units make a
 * figure a duration ("two-and-a-half years" → 2.5 year).
 */

export type UnitCategory =
  | 'length' | 'mass' | 'volume' | 'area' | 'speed' | 'temperature' | 'energy' | 'power' | 'data'
  | 'frequency' | 'time' | 'angle' | 'radiation' | 'other';

export interface UnitInfo {
  readonly unit: string;
  readonly category: UnitCategory;
}

type Row = readonly [spellings: string, unit: string, category: UnitCategory];

/** Written-out units, matched in lower case, several words allowed: "square kilometres". */
const NAMED: readonly Row[] = [
  ['millimetre millimetres millimeter millimeters', 'millimetre', 'length'],
  ['centimetre centimetres centimeter centimeters', 'centimetre', 'length'],
  ['metre metres meter meters', 'metre', 'length'],
  ['kilometre kilometres kilometer kilometers', 'kilometre', 'length'],
  ['nanometre nanometres nanometer nanometers', 'nanometre', 'length'],
  ['picometre picometres picometer picometers', 'picometre', 'length'],
  ['inch inches', 'inch', 'length'], ['foot feet', 'foot', 'length'], ['yard yards', 'yard', 'length'],
  ['mile miles', 'mile', 'length'], ['nautical mile|nautical miles', 'nautical mile', 'length'],
  ['gram grams gramme grammes', 'gram', 'mass'], ['kilogram kilograms kilo kilos', 'kilogram', 'mass'],
  ['milligram milligrams', 'milligram', 'mass'], ['microgram micrograms', 'microgram', 'mass'],
  // air quality: a concentration, which the mass alone would misstate
  ['microgram per cubic metre|micrograms per cubic metre|microgram per cubic meter|micrograms per cubic meter', 'microgram per cubic metre', 'other'],
  ['tonne tonnes', 'tonne', 'mass'], ['ton tons', 'ton', 'mass'],
  ['metric ton|metric tons|metric tonnes', 'tonne', 'mass'], ['ounce ounces', 'ounce', 'mass'],
  ['pound pounds', 'pound', 'mass'],
  ['litre litres liter liters', 'litre', 'volume'], ['millilitre millilitres milliliter milliliters', 'millilitre', 'volume'],
  ['gallon gallons', 'gallon', 'volume'], ['barrel barrels', 'barrel', 'volume'],
  ['cubic metre|cubic metres|cubic meter|cubic meters', 'cubic metre', 'volume'],
  ['cubic foot|cubic feet', 'cubic foot', 'volume'], ['cup cups', 'cup', 'volume'],
  ['tablespoon tablespoons', 'tablespoon', 'volume'], ['teaspoon teaspoons', 'teaspoon', 'volume'],
  ['square metre|square metres|square meter|square meters', 'square metre', 'area'],
  ['square kilometre|square kilometres|square kilometer|square kilometers|km squared', 'square kilometre', 'area'],
  ['square mile|square miles', 'square mile', 'area'], ['square foot|square feet', 'square foot', 'area'],
  ['acre acres', 'acre', 'area'], ['hectare hectares', 'hectare', 'area'],
  ['miles an hour|miles per hour', 'mile per hour', 'speed'],
  ['kilometres an hour|kilometers an hour|kilometres per hour|kilometers per hour', 'kilometre per hour', 'speed'],
  ['knot knots', 'knot', 'speed'],
  ['degrees celsius|degree celsius|degrees centigrade|deg celsius|celsius|celcius|centigrade|centigrate', 'celsius', 'temperature'],
  ['degrees fahrenheit|degree fahrenheit|deg fahrenheit|fahrenheit|farenheit', 'fahrenheit', 'temperature'],
  ['kelvin kelvins', 'kelvin', 'temperature'], ['degree degrees deg', 'degree', 'angle'],
  ['watt watts', 'watt', 'power'], ['kilowatt kilowatts', 'kilowatt', 'power'], ['megawatt megawatts', 'megawatt', 'power'],
  ['gigawatt gigawatts', 'gigawatt', 'power'], ['kilowatt hour|kilowatt hours|kilowatt-hours', 'kilowatt hour', 'energy'],
  ['megawatt hour|megawatt hours', 'megawatt hour', 'energy'], ['terawatt hour|terawatt hours', 'terawatt hour', 'energy'],
  ['joule joules', 'joule', 'energy'], ['british thermal unit|british thermal units', 'british thermal unit', 'energy'],
  ['calorie calories', 'calorie', 'energy'],
  ['bit bits', 'bit', 'data'], ['byte bytes', 'byte', 'data'], ['kilobyte kilobytes', 'kilobyte', 'data'],
  ['megabyte megabytes', 'megabyte', 'data'], ['gigabyte gigabytes', 'gigabyte', 'data'],
  ['terabyte terabytes', 'terabyte', 'data'], ['exabyte exabytes', 'exabyte', 'data'],
  ['hertz', 'hertz', 'frequency'], ['megahertz', 'megahertz', 'frequency'], ['gigahertz', 'gigahertz', 'frequency'],
  ['second seconds secs', 'second', 'time'], ['minute minutes mins', 'minute', 'time'],
  ['hour hours hrs hr', 'hour', 'time'], ['day days', 'day', 'time'], ['week weeks', 'week', 'time'],
  ['fortnight fortnights', 'fortnight', 'time'], ['month months', 'month', 'time'],
  ['year years yr yrs yo', 'year', 'time'], ['decade decades', 'decade', 'time'],
  ['century centuries', 'century', 'time'], ['millennium millennia', 'millennium', 'time'],
  ['sievert sieverts', 'sievert', 'radiation'], ['gray grays', 'gray', 'radiation'],
  ['micrometre micrometres micrometer micrometers micron microns', 'micrometre', 'length'],
  ['light year|light years|light-year|light-years', 'light year', 'length'], ['furlong furlongs', 'furlong', 'length'],
  ['pint pints', 'pint', 'volume'], ['quart quarts', 'quart', 'volume'], ['bushel bushels', 'bushel', 'volume'],
  ['fluid ounce|fluid ounces', 'fluid ounce', 'volume'], ['cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters', 'cubic centimetre', 'volume'],
  ['cubic yard|cubic yards', 'cubic yard', 'volume'], ['cubic inch|cubic inches', 'cubic inch', 'volume'],
  ['cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers', 'cubic kilometre', 'volume'],
  ['square yard|square yards', 'square yard', 'area'], ['square inch|square inches', 'square inch', 'area'],
  ['square centimetre|square centimetres|square centimeter|square centimeters', 'square centimetre', 'area'],
  ['kiloton kilotons kilotonne kilotonnes', 'kiloton', 'mass'], ['megaton megatons megatonne megatonnes', 'megaton', 'mass'],
  ['gigaton gigatons gigatonne gigatonnes', 'gigaton', 'mass'],
  ['person year|person years|patient year|patient years', 'person-year', 'other'],
  ['carat carats', 'carat', 'mass'], ['turn turns', 'turn', 'angle'],
  ['horsepower', 'horsepower', 'power'], ['volt volts', 'volt', 'other'], ['amp amps ampere amperes', 'ampere', 'other'],
  ['kilowatt-hour|kilowatt-hours', 'kilowatt hour', 'energy'], ['gigawatt hour|gigawatt hours|gigawatt-hours', 'gigawatt hour', 'energy'],
  ['kilocalorie kilocalories', 'kilocalorie', 'energy'], ['terawatt terawatts', 'terawatt', 'power'],
  ['decibel decibels', 'decibel', 'other'], ['magnitude', 'magnitude', 'other'], ['kilohertz', 'kilohertz', 'frequency'],
  ['gigabit gigabits', 'gigabit', 'data'], ['megabit megabits', 'megabit', 'data'], ['kilobit kilobits', 'kilobit', 'data'],
  ['petabyte petabytes', 'petabyte', 'data'], ['megapixel megapixels', 'megapixel', 'other'],
  ['millisecond milliseconds', 'millisecond', 'time'], ['microsecond microseconds', 'microsecond', 'time'],
  ['nanosecond nanoseconds', 'nanosecond', 'time'], ['kilometres per second|kilometers per second', 'kilometre per second', 'speed'],
  ['metres per second|meters per second', 'metre per second', 'speed'], ['feet per second|foot per second', 'foot per second', 'speed'],
  ['revolutions per minute|revolution per minute', 'revolution per minute', 'frequency'],
];

/** Symbols and abbreviations, matched case-sensitively: "155mm", "40 km", "10kph". */
const SYMBOLS: readonly Row[] = [
  ['mm', 'millimetre', 'length'], ['cm', 'centimetre', 'length'], ['m', 'metre', 'length'], ['km', 'kilometre', 'length'],
  ['nm', 'nanometre', 'length'], ['pm', 'picometre', 'length'], ['dm', 'decimetre', 'length'],
  ['ft', 'foot', 'length'], ['yd', 'yard', 'length'], ['mi', 'mile', 'length'], ['"', 'inch', 'length'],
  ['g', 'gram', 'mass'], ['kg', 'kilogram', 'mass'], ['mg', 'milligram', 'mass'], ['μg', 'microgram', 'mass'],
  ['mcg', 'microgram', 'mass'], ['t', 'tonne', 'mass'], ['lb', 'pound', 'mass'], ['lbs', 'pound', 'mass'],
  ['oz', 'ounce', 'mass'], ['l', 'litre', 'volume'], ['L', 'litre', 'volume'], ['ml', 'millilitre', 'volume'],
  ['mL', 'millilitre', 'volume'], ['bbl', 'barrel', 'volume'], ['tbsp', 'tablespoon', 'volume'], ['tsp', 'teaspoon', 'volume'],
  ['km2', 'square kilometre', 'area'], ['km²', 'square kilometre', 'area'], ['m2', 'square metre', 'area'],
  ['m²', 'square metre', 'area'], ['sq mi', 'square mile', 'area'], ['sq km', 'square kilometre', 'area'],
  ['sq ft', 'square foot', 'area'], ['ha', 'hectare', 'area'],
  ['km/h', 'kilometre per hour', 'speed'], ['kph', 'kilometre per hour', 'speed'], ['kmph', 'kilometre per hour', 'speed'],
  ['km/hr', 'kilometre per hour', 'speed'], ['mph', 'mile per hour', 'speed'], ['m/s', 'metre per second', 'speed'],
  ['°C', 'celsius', 'temperature'], ['°F', 'fahrenheit', 'temperature'], ['C', 'celsius', 'temperature'],
  ['F', 'fahrenheit', 'temperature'], ['K', 'kelvin', 'temperature'], ['°', 'degree', 'angle'],
  ['W', 'watt', 'power'], ['kW', 'kilowatt', 'power'], ['MW', 'megawatt', 'power'], ['GW', 'gigawatt', 'power'],
  ['Wh', 'watt hour', 'energy'], ['kWh', 'kilowatt hour', 'energy'], ['MWh', 'megawatt hour', 'energy'],
  ['GWh', 'gigawatt hour', 'energy'], ['TWh', 'terawatt hour', 'energy'], ['eV', 'electronvolt', 'energy'],
  ['keV', 'kiloelectronvolt', 'energy'], ['MeV', 'megaelectronvolt', 'energy'], ['GeV', 'gigaelectronvolt', 'energy'],
  ['TeV', 'teraelectronvolt', 'energy'], ['J', 'joule', 'energy'], ['kJ', 'kilojoule', 'energy'], ['BTU', 'british thermal unit', 'energy'],
  ['KB', 'kilobyte', 'data'], ['kb', 'kilobit', 'data'], ['MB', 'megabyte', 'data'], ['mb', 'megabyte', 'data'],
  ['GB', 'gigabyte', 'data'], ['TB', 'terabyte', 'data'], ['Mbps', 'megabit per second', 'data'],
  ['Hz', 'hertz', 'frequency'], ['kHz', 'kilohertz', 'frequency'], ['MHz', 'megahertz', 'frequency'], ['GHz', 'gigahertz', 'frequency'],
  ['Gy', 'gray', 'radiation'], ['mGy', 'milligray', 'radiation'], ['Sv', 'sievert', 'radiation'], ['mSv', 'millisievert', 'radiation'],
  ['µm', 'micrometre', 'length'], ['μm', 'micrometre', 'length'], ['µg', 'microgram', 'mass'],
  // the micro sign (U+00B5) and the Greek mu (U+03BC) both write "micro"
  ['µg/m³', 'microgram per cubic metre', 'other'], ['μg/m³', 'microgram per cubic metre', 'other'],
  ['µg/m3', 'microgram per cubic metre', 'other'], ['μg/m3', 'microgram per cubic metre', 'other'],
  ['ug/m3', 'microgram per cubic metre', 'other'], ['mg/m³', 'milligram per cubic metre', 'other'], ['mg/m3', 'milligram per cubic metre', 'other'], ['kt', 'kiloton', 'mass'], ['Mt', 'megaton', 'mass'], ['Gt', 'gigaton', 'mass'],
  ['hp', 'horsepower', 'power'], ['bhp', 'horsepower', 'power'], ['V', 'volt', 'other'], ['kV', 'kilovolt', 'other'],
  ['mAh', 'milliampere hour', 'other'], ['dB', 'decibel', 'other'], ['psi', 'pound per square inch', 'other'],
  ['kPa', 'kilopascal', 'other'], ['hPa', 'hectopascal', 'other'], ['mph', 'mile per hour', 'speed'],
  ['ms', 'millisecond', 'time'], ['Gbps', 'gigabit per second', 'data'], ['Mb', 'megabit', 'data'], ['Gb', 'gigabit', 'data'],
  ['kbps', 'kilobit per second', 'data'], ['PB', 'petabyte', 'data'], ['cc', 'cubic centimetre', 'volume'],
  ['cm2', 'square centimetre', 'area'], ['cm²', 'square centimetre', 'area'], ['km3', 'cubic kilometre', 'volume'],
  ['m3', 'cubic metre', 'volume'], ['m³', 'cubic metre', 'volume'], ['ft2', 'square foot', 'area'], ['sq m', 'square metre', 'area'],
  ['sq. ft.', 'square foot', 'area'], ['sq. mi.', 'square mile', 'area'], ['fl oz', 'fluid ounce', 'volume'],
  ['kcal', 'kilocalorie', 'energy'], ['kn', 'knot', 'speed'], ['rpm', 'revolution per minute', 'frequency'],
  ['TW', 'terawatt', 'power'], ['Kb', 'kilobit', 'data'], ['kB', 'kilobyte', 'data'], ['EB', 'exabyte', 'data'],
];

/** Mass prefixes of carbon emissions, and the gases written after them: "412 MtCO2e", "2.3 Gt CO2". */
const EMISSION_MASSES: ReadonlyArray<readonly [string, string]> = [['t', 'tonne'], ['kt', 'kiloton'], ['Mt', 'megaton'], ['Gt', 'gigaton']];
const EMISSION_GASES: ReadonlyArray<readonly [string, string]> = [
  ['CO2', 'CO2'], ['CO₂', 'CO2'], ['CO2e', 'CO2e'], ['CO₂e', 'CO2e'], ['CO2eq', 'CO2e'], ['CO₂eq', 'CO2e'],
];

/** Every emission unit, glued or spaced: "MtCO2e", "Mt CO2e" → megaton CO2e, a mass. */
const EMISSIONS: readonly Row[] = EMISSION_MASSES.flatMap(([symbol, mass]) => EMISSION_GASES.flatMap(([gas, name]) => [
  [`${symbol}${gas}`, `${mass} ${name}`, 'mass'] as const, [`${symbol} ${gas}`, `${mass} ${name}`, 'mass'] as const,
]));

/** A named row lists its spellings split by "|" when one has several words, else by spaces. */
function table(rows: readonly Row[], named: boolean): ReadonlyMap<string, UnitInfo> {
  const map = new Map<string, UnitInfo>();
  for (const [spellings, unit, category] of rows) {
    const forms = !named ? [spellings] : spellings.split(spellings.includes('|') ? '|' : ' ');
    for (const s of forms) map.set(named ? s.toLowerCase() : s, { unit, category });
  }
  return map;
}

export const UNIT_NAMES: ReadonlyMap<string, UnitInfo> = table(NAMED, true);
export const UNIT_SYMBOLS: ReadonlyMap<string, UnitInfo> = table([...SYMBOLS, ...EMISSIONS], false);

/** Ways to write percent and its points after a number, each with the unit it stands for: "per cent" → "%". */
export const PERCENT_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['%', '%'], ['percent', '%'], ['per cent', '%'], ['pct', '%'], ['percentage', '%'], ['percentage point', 'percentage point'],
  ['percentage points', 'percentage point'], ['percent points', 'percentage point'], ['basis points', 'basis point'], ['basis point', 'basis point'],
];

/** Nouns a rate is counted per: "$80 a barrel", "$1.40 a share", "500,000 barrels a day". */
export const RATE_NOUNS: ReadonlySet<string> = new Set([
  'share', 'barrel', 'head', 'person', 'capita', 'unit', 'piece', 'ton', 'tonne', 'kilo', 'kg', 'pound', 'litre',
  'liter', 'gallon', 'ounce', 'megawatt', 'household', 'family', 'child', 'student', 'patient', 'passenger',
  'second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'annum', 'night', 'km', 'mile', 'metre', 'meter',
]);

/** Adverbs of how often that, after a unit, make a rate as "a year" does: "£25m annually", "400 calls daily". */
export const RATE_ADVERBS: ReadonlySet<string> = new Set(['annually', 'yearly', 'monthly', 'weekly', 'daily', 'hourly', 'nightly', 'quarterly']);

/** Words that make "a year", "a week" after a figure a time back or ahead, not a rate: "3.5 a year earlier", "a month ago". */
export const RATE_NOUN_TIME_AFTER: ReadonlySet<string> = new Set(['earlier', 'ago', 'later', 'prior', 'previously']);

/** Smaller units a measure may continue with: "5 feet and 2 inches" → 5 + 2/12 feet. */
export const SUBUNITS: ReadonlyMap<string, readonly [subunit: string, per: number]> = new Map([
  ['foot', ['inch', 12]], ['pound', ['ounce', 16]],
]);

/**
 * Words that make a glued "m" after digits a metre rather than a million:
 * a size ("5m tall", "a depth of 200m"), a motion over ground or water
 * ("ran 400m"), or a race ("the 100m hurdles").
 */
export const METRE_CUES: ReadonlySet<string> = new Set([
  'tall', 'high', 'height', 'heights', 'deep', 'depth', 'depths', 'long', 'length', 'wide', 'width', 'thick', 'thickness',
  'distance', 'altitude', 'elevation', 'diameter', 'radius', 'span', 'wingspan', 'across', 'below', 'above', 'underground',
  'underwater', 'sea', 'ran', 'swam', 'swim', 'swims', 'jumped', 'jump', 'jumps', 'leap', 'leapt', 'dived', 'dive',
  'climbed', 'climb', 'sprint', 'sprinted', 'race', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly',
  'relay', 'medley', 'dash', 'tower', 'towers', 'wall', 'walls', 'waves', 'wave', 'cliff', 'cliffs', 'mast', 'metres', 'meters',
]);
