/**
 * A lexicon table as a Map, for words cut from the text: a plain object's
 * lookup by such a string first has to find it among the engine's own
 * strings, a probe into a large table other stages have pushed out of the
 * cache; a Map hashes the string and looks once.
 * `lookup({ last: -1 }).get('last')` → -1.
 */
export function lookup<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table));
}
