import type { Token } from './tokens';

/** True when tokens[k..k+2] are "(", a letter or two and ")", each glued to the one before: "(k)", "(c)". */
function isLetterInBrackets(tokens: readonly Token[], k: number): boolean {
  const open = tokens[k];
  const letter = tokens[k + 1];
  const close = tokens[k + 2];
  return open?.text === '(' && open.glued && letter?.type === 'word' && letter.glued && letter.end - letter.start <= 2
    && close?.text === ')' && close.glued;
}

/**
 * True when the number at tokens[start, end) is part of a code with a
 * bracketed letter, as tax and legal sections are written: "401(k)",
 * "501(c)(3)", "501(c)4" → true for each number; "20 (15%)" → false.
 */
export function isBracketCode(tokens: readonly Token[], start: number, end: number): boolean {
  if (isLetterInBrackets(tokens, end)) return true;
  if (!tokens[start].glued) return false;
  // "(3)" after "(c)": step back over the bracket that opens it.
  const back = tokens[start - 1]?.text === '(' ? start - 1 : start;
  return back - 3 >= 0 && (back === start || tokens[back].glued) && isLetterInBrackets(tokens, back - 3);
}
