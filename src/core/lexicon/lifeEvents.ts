/**
 * Verbs of the turns of a life, after which "at" and a bare number give an age:
 * "left for the capital at 18", "died at 84", "was elected mayor at 35".
 */
export const LIFE_EVENT_VERBS: ReadonlySet<string> = new Set([
  'left', 'moved', 'married', 'remarried', 'died', 'retired', 'emigrated', 'immigrated', 'enlisted', 'graduated',
  'orphaned', 'widowed', 'diagnosed', 'elected', 'became', 'joined', 'quit', 'dropped', 'fled', 'debuted',
]);

/** Subject pronouns after "At 18," that make the number the subject's age: "At 18, she left". */
export const AGE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);
