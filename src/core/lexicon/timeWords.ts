/** Capitalised words of counting and dates that never begin a name: "Monday", "Twenty", "March". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'dozens', 'hundreds', 'thousands', 'millions',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words that open a short phrase of time or place between a subject and its verb: "Okafor on Saturday said". */
export const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set(['on', 'at', 'during', 'in', 'later', 'earlier', 'last', 'this', 'late', 'early', 'once']);
