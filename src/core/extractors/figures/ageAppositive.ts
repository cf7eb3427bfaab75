import { AGE_SUBJECTS, LIFE_EVENT_VERBS } from '../../lexicon/lifeEvents';
import type { Amount } from './amount';
import type { Token } from './tokens';

/** The oldest age an appositive number is read as. */
const OLDEST = 120;
/** How many tokens before "at" the verb of a life event may stand: "left for the capital at 18". */
const EVENT_REACH = 5;
/** Tokens after "at 18" that end its phrase, so no unit or clock time follows: "at 18 to study", "at 84." */
const AFTER_AGE = new Set([',', '.', ';', ')', '—', 'to', 'and', 'when', 'after', 'in', 'but', 'while', 'because', 'with', 'as']);
/** Words between a life event's verb and "at" that end its reach: another clause. */
const CLAUSE_LINKS = new Set([',', ';', '.', 'and', 'but', 'when', 'which', 'that']);

/**
 * True when a bare whole number is an age by the words around it, as news gives
 * ages: "Sarandon, 69, told MSNBC", "Lee (R-Utah), 45, said", "Now 66, Strand says",
 * "left for the capital at 18 to study", "At 18, she left" → true; "In 2016, 45 voted",
 * "the fund, 40, grew", "the bus leaves at 18 from the square" → false.
 */
export function isAgeAppositive(tokens: readonly Token[], a: Amount): boolean {
  if (a.digits !== a.start || a.end !== a.start + 1 || a.scale !== 1 || a.form !== 'cardinal') return false;
  if (!Number.isInteger(a.value) || a.value < 1 || a.value > OLDEST) return false;
  const comma = tokens[a.start - 1];
  const name = tokens[a.start - 2];
  const after = tokens[a.end];
  if (comma?.lower === 'at') return isAgeAt(tokens, a.start - 1, after);
  if (comma?.lower === 'now') return after?.text === ',' && opensSentence(tokens, a.start - 1) && isSubject(tokens[a.end + 1]);
  if (comma?.text !== ',' || after?.text !== ',' || !name) return false;
  if (name.text === ')') return true;
  return isCapitalised(name);
}

/** "died at 84", "At 18, she left": "at" and an age after a life event's verb, or opening a sentence before its subject. */
function isAgeAt(tokens: readonly Token[], at: number, after: Token | undefined): boolean {
  if (!after || !AFTER_AGE.has(after.lower)) return false;
  if (opensSentence(tokens, at)) return after.text === ',' && AGE_SUBJECTS.has(tokens[at + 3]?.lower ?? '');
  for (let k = at - 1; k >= 0 && k >= at - EVENT_REACH; k--) {
    const t = tokens[k];
    if (CLAUSE_LINKS.has(t.lower)) return false;
    if (t.type === 'word' && LIFE_EVENT_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** A capital "Now" or "At" opens a sentence (or a line): mid-sentence they are written small. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.text[0] !== t.lower[0];
}

/** A name or a subject pronoun after "Now 66,": "Strand says", "she says". */
function isSubject(t: Token | undefined): boolean {
  return t?.type === 'word' && (AGE_SUBJECTS.has(t.lower) || isCapitalised(t));
}

function isCapitalised(t: Token): boolean {
  return t.type === 'word' && t.text[0] !== t.lower[0] && !t.text.endsWith("'s") && !t.text.endsWith('’s');
}
