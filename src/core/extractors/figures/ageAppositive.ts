import type { Amount } from './amount';
import type { Token } from './tokens';

/** The oldest age an appositive number is read as. */
const OLDEST = 120;

/**
 * True when a bare whole number between commas follows a name, as news gives
 * ages: "Sarandon, 69, told MSNBC", "Lee (R-Utah), 45, said" → true; "In 2016, 45 voted",
 * "the fund, 40, grew" → false.
 */
export function isAgeAppositive(tokens: readonly Token[], a: Amount): boolean {
  if (a.digits !== a.start || a.end !== a.start + 1 || a.scale !== 1 || a.form !== 'cardinal') return false;
  if (!Number.isInteger(a.value) || a.value < 1 || a.value > OLDEST) return false;
  const comma = tokens[a.start - 1];
  const name = tokens[a.start - 2];
  if (comma?.text !== ',' || tokens[a.end]?.text !== ',' || !name) return false;
  if (name.text === ')') return true;
  return name.type === 'word' && name.text[0] !== name.lower[0] && !name.text.endsWith("'s") && !name.text.endsWith('’s');
}
