/**
 * A one-word name written as a brand: a capital inside the word after three lower-case letters
 * ("NordBank", "PetroNord"), or a trade ending ("Velbank", "Genopharma"). Surnames with a capital
 * inside start shorter ("McKee", "DeLorme", "MacLeod"); FitzGerald is the one long prefix.
 */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;
const TRADE_ENDING = /\p{Ll}(?:bank|corp|tech|soft|pharma|media)$/u;

/** Whether a name the engine took for a person's is more likely a company's, so no "he" or "she" means it. */
export function orgShapedName(name: string): boolean {
  if (name.includes(' ') || name.length < 6) return false;
  return (INNER_CAPITAL.test(name) && !name.startsWith('Fitz')) || TRADE_ENDING.test(name);
}
