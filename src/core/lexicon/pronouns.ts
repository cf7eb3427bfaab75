export type Gender = 'male' | 'female' | 'neuter' | 'plural' | 'unknown';

/** Pronouns that can name a speaker at a cue, with the antecedents they agree with. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'male'], ['him', 'male'], ['she', 'female'], ['her', 'female'], ['it', 'neuter'], ['they', 'plural'],
  ['them', 'plural'], ['i', 'unknown'], ['we', 'plural'], ['us', 'plural'], ['me', 'unknown'], ['who', 'unknown'],
  // "He’s telling supporters …": "is" or "has" joined to the pronoun.
  ['he’s', 'male'], ["he's", 'male'], ['she’s', 'female'], ["she's", 'female'], ['it’s', 'neuter'], ["it's", 'neuter'],
]);

/** Words that open a common-noun speaker: "the ministry", "a spokesman", "his aide". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one', 'two', 'three',
  'several', 'many', 'some', 'other', 'another', 'both', 'few', 'most', 'all', 'each', 'any', 'no',
]);

/** Nouns for a person of one sex, as the head of a description: "the woman" is no man named before. */
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...'woman mother wife daughter sister girl lady widow aunt niece grandmother girlfriend mom actress waitress'.split(' ').map((w) => [w, 'female'] as const),
  ...'man father husband son brother boy gentleman widower uncle nephew grandfather boyfriend dad chairman councilman assemblyman'.split(' ').map((w) => [w, 'male'] as const),
]);

/** Articles and possessives: what opens a noun phrase without being part of what it names ("the senator", "his brother"). */
export const ARTICLES_AND_POSSESSIVES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Pronouns for anyone or no one, which a capital at a sentence's start makes look like a name: "Nothing changed." */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set([
  'nothing', 'everything', 'something', 'anything', 'nobody', 'everybody', 'somebody', 'anybody', 'everyone', 'someone', 'anyone', 'none',
]);
