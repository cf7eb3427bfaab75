/**
 * Currencies as data: symbols, ISO 4217 codes and names, each mapped to the
 * ISO code the figures stage reports ("€2.4bn" → EUR). Subunits map to the
 * market codes for them (USX cents, GBX pence) so the amount stays as written.
 * A null code marks a currency the name alone does not pin down ("francs").
 */

/** Symbols, before or after the amount: "$75", "10 €". */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₩': 'KRW', '₺': 'TRY',
  '₪': 'ILS', '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '฿': 'THB', '₿': 'XBT', '₡': 'CRC', '₸': 'KZT', '₾': 'GEL',
}));

/** Letters written before "$" that name which dollar or peso: "US$", "C$", "HK$", "mxn$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD',
  hk: 'HKD', hkd: 'HKD', nz: 'NZD', nzd: 'NZD', s: 'SGD', sg: 'SGD', r: 'BRL', nt: 'TWD', mx: 'MXN', mxn: 'MXN',
}));

/** Dollar prefixes that may stand apart from the "$" ("US $5"); the rest are too often words ("a $5 fee"). */
export const SPACED_DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['us', 'c', 'hk', 'nz', 'nt']);

/** Abbreviations written before the amount, matched in this case: "Rs 500", "RM 20", "Rp 5,000", "Fr. 20". */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  Rs: 'INR', 'Rs.': 'INR', RM: 'MYR', Rp: 'IDR', 'Fr.': 'CHF', SFr: 'CHF', KSh: 'KES', Ksh: 'KES', 'S/': 'PEN',
}));

/** Abbreviations written after the amount: "20 zł", "100 kr". */
export const CURRENCY_AFTER: ReadonlyMap<string, string> = new Map(Object.entries({ 'zł': 'PLN', kr: 'SEK', 'Kč': 'CZK', 'Ft': 'HUF' }));

/** ISO 4217 codes (and common aliases) written as words: "USD 5 billion", "115USD", "10 rmb". */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'RUB', 'UAH', 'PLN', 'SEK',
  'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'ILS', 'ZAR', 'BRL', 'MXN', 'ARS', 'KRW', 'TWD', 'THB', 'IDR',
  'MYR', 'PHP', 'VND', 'SAR', 'AED', 'QAR', 'KWD', 'EGP', 'NGN', 'KES', 'PKR', 'BDT', 'LKR', 'KZT', 'GEL', 'BYN',
  'MDL', 'RSD', 'ISK', 'CLP', 'COP', 'PEN', 'IRR', 'IQD', 'XBT', 'BTC', 'RMB', 'HRK', 'GHS', 'ETB', 'AFN', 'AMD',
  'AZN', 'MMK', 'VES', 'OMR', 'JOD', 'MAD', 'DZD', 'TND', 'LBP', 'SYP', 'UGX', 'TZS', 'XOF', 'XAF', 'ETH', 'USDT',
]);

/** Codes whose spelling is a common English word, accepted only in upper case: "ALL 5", "try 3". */
export const WORDLIKE_CODES: ReadonlySet<string> = new Set(['TRY', 'PEN', 'ALL', 'CUP', 'MOP', 'BOB']);

/** Aliases that are not the ISO code itself. */
export const CODE_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({ RMB: 'CNY', BTC: 'XBT' }));

/** Currency names after the amount, singular and plural: "420 million Finnish markka". */
export const CURRENCY_NAMES: ReadonlyMap<string, string | null> = new Map(Object.entries({
  dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
  'american dollars': 'USD', 'canadian dollar': 'CAD', 'canadian dollars': 'CAD', 'australian dollar': 'AUD',
  'australian dollars': 'AUD', 'hong kong dollars': 'HKD', 'new zealand dollars': 'NZD', 'singapore dollars': 'SGD',
  'taiwan dollars': 'TWD', euro: 'EUR', euros: 'EUR', 'pound sterling': 'GBP', 'pounds sterling': 'GBP',
  sterling: 'GBP', 'british pounds': 'GBP', 'british pound': 'GBP', yen: 'JPY', 'japanese yen': 'JPY',
  yuan: 'CNY', 'chinese yuan': 'CNY', renminbi: 'CNY', kuai: 'CNY', rupee: 'INR', rupees: 'INR',
  'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'sri lankan rupees': 'LKR', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', hryvnya: 'UAH', zloty: 'PLN', zlotys: 'PLN',
  zlotych: 'PLN', 'swiss franc': 'CHF', 'swiss francs': 'CHF', 'french francs': 'FRF', franc: null, francs: null,
  krona: 'SEK', kronor: 'SEK', 'swedish kronor': 'SEK', krone: 'NOK', kroner: 'NOK', 'norwegian kroner': 'NOK',
  'danish kroner': 'DKK', forint: 'HUF', forints: 'HUF', lira: 'TRY', liras: 'TRY', 'turkish lira': 'TRY',
  lire: 'ITL', shekel: 'ILS', shekels: 'ILS', rand: 'ZAR', reais: 'BRL', 'brazilian reais': 'BRL',
  peso: 'MXN', pesos: 'MXN', 'mexican pesos': 'MXN', 'argentine pesos': 'ARS', 'philippine pesos': 'PHP',
  'south korean won': 'KRW', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', naira: 'NGN',
  'finnish markka': 'FIM', 'finnish markkaa': 'FIM', markka: 'FIM', markkaa: 'FIM', 'deutsche marks': 'DEM',
  'deutsche mark': 'DEM', 'dutch guilders': 'NLG', guilders: 'NLG', guilder: 'NLG', peseta: 'ESP',
  pesetas: 'ESP', drachmas: 'GRD', escudos: 'PTE', bitcoin: 'XBT', bitcoins: 'XBT', satoshi: null, satoshis: null,
  cent: 'USX', cents: 'USX', penny: 'GBX', pence: 'GBX', pennies: 'GBX', bucks: 'USD', quid: 'GBP',
  'new taiwan dollars': 'TWD', 'nt dollars': 'TWD', 'singapore dollar': 'SGD', 'hong kong dollar': 'HKD',
  'new zealand dollar': 'NZD', 'zimbabwe dollars': 'ZWL', 'brazilian real': 'BRL', baht: 'THB', ringgit: 'MYR',
  rupiah: 'IDR', dong: 'VND', 'korean won': 'KRW', lev: 'BGN', leva: 'BGN', leu: 'RON', lei: 'RON', kuna: 'HRK',
  koruna: 'CZK', korunas: 'CZK', 'czech crowns': 'CZK', 'hungarian forints': 'HUF', shilling: 'KES',
  shillings: 'KES', 'kenyan shillings': 'KES', 'ugandan shillings': 'UGX', 'tanzanian shillings': 'TZS',
  cedi: 'GHS', cedis: 'GHS', birr: 'ETB', taka: 'BDT', afghani: 'AFN', afghanis: 'AFN', tenge: 'KZT',
  lari: 'GEL', dram: 'AMD', drams: 'AMD', manat: 'AZN', kyat: 'MMK', riel: 'KHR', kip: 'LAK',
  bolivar: 'VES', bolivars: 'VES', soles: 'PEN', quetzal: 'GTQ', quetzales: 'GTQ', colon: 'CRC', colones: 'CRC',
  'colón': 'CRC', lempira: 'HNL', lempiras: 'HNL', guarani: 'PYG', guaranies: 'PYG', bolivianos: 'BOB',
  'iraqi dinars': 'IQD', 'kuwaiti dinars': 'KWD', 'jordanian dinars': 'JOD', 'serbian dinars': 'RSD',
  'algerian dinars': 'DZD', 'tunisian dinars': 'TND', 'libyan dinars': 'LYD', dinar: null, dinars: null,
  'moroccan dirhams': 'MAD', 'uae dirhams': 'AED', 'iranian rials': 'IRR', rial: 'IRR', rials: 'IRR',
  'omani rials': 'OMR', 'saudi riyals': 'SAR', 'qatari riyals': 'QAR', 'egyptian pounds': 'EGP',
  'lebanese pounds': 'LBP', 'syrian pounds': 'SYP', 'sudanese pounds': 'SDG', 'new shekels': 'ILS',
  'belarusian rubles': 'BYN', 'russian rubles': 'RUB', 'russian roubles': 'RUB', 'ukrainian hryvnias': 'UAH',
  'polish zlotys': 'PLN', 'chinese renminbi': 'CNY', 'yuan renminbi': 'CNY', 'indonesian rupiah': 'IDR',
  'thai baht': 'THB', 'malaysian ringgit': 'MYR', 'vietnamese dong': 'VND', 'nigerian naira': 'NGN',
  'south african rand': 'ZAR', 'icelandic kronur': 'ISK', 'danish krone': 'DKK', 'swedish krona': 'SEK',
  'norwegian krone': 'NOK',
}));

/** Names that are also a unit of mass: money only after a scale word ("20 million pounds"). */
export const POUND_NAMES: ReadonlySet<string> = new Set(['pound', 'pounds']);

/** Words shortly before "pounds" that make it money, not mass: "paid 40 pounds", "a fee of 40 pounds". */
export const MONEY_WORDS: ReadonlySet<string> = new Set([
  'pay', 'pays', 'paid', 'paying', 'cost', 'costs', 'costing', 'spend', 'spends', 'spent', 'spending', 'charge', 'charges',
  'charged', 'charging', 'earn', 'earns', 'earned', 'earning', 'owe', 'owes', 'owed', 'worth', 'priced', 'fined', 'donated',
  'price', 'prices', 'fee', 'fees', 'fare', 'fares', 'fine', 'rent', 'bill', 'salary', 'wage', 'wages', 'tax', 'levy',
  'ticket', 'tickets', 'budget', 'refund', 'payment', 'payments', 'grant', 'bonus', 'allowance',
]);

/** Words of weighing that, nearer to "pounds" than any word of paying, keep it mass: "cost $5 and weighed 40 pounds". */
export const MASS_WORDS: ReadonlySet<string> = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavy', 'heavier', 'lighter', 'lose', 'lost', 'losing',
  'gain', 'gained', 'gaining', 'shed', 'overweight', 'lbs',
]);
