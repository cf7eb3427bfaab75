/** Capitalised words of counting and dates that never begin a name: "Monday", "Twenty", "March". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'dozens', 'hundreds', 'thousands', 'millions',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words that open a short phrase of time or place between a subject and its verb: "Okafor on Saturday said". */
export const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set(['on', 'at', 'during', 'in', 'later', 'earlier', 'last', 'this', 'late', 'early', 'once']);

/** Nouns for a stretch of time, which end a time phrase but never a speaker: "this year", "last week, on Friday". */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'weekend', 'day', 'days', 'morning', 'afternoon', 'evening', 'night', 'decade', 'quarter',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
]);
