/**
 * Compiles a phrase table into one whole-word, case-insensitive regex, longest
 * phrase first so that "need to" wins over "need". Straight and curly
 * apostrophes match each other, and any run of white space matches a space.
 * `cuePattern(['need to'])` matches "Need  to" in "We need  to act".
 */
export function cuePattern(phrases: readonly string[]): RegExp {
  const escaped = [...new Set(phrases.map((p) => p.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['\u2019]")
        .replace(/ /g, '\\s+'),
    );
  // when every phrase opens with a word character, `\b` says nothing the lookbehind does not, but lets the engine skip ahead faster
  const skip = escaped.every((p) => /^\w/.test(p)) ? '\\b' : '';
  return new RegExp(`${skip}(?<![\\w'\u2019])(?:${escaped.join('|')})(?![\\w'\u2019])`, 'gi');
}

/**
 * The last text each pattern was searched in, and what was found: the type
 * classifier and the features ask about the same claim text one after the
 * other, and the long alternations are the costliest part of the stage.
 */
const lastSearch = new WeakMap<RegExp, { readonly text: string; readonly found: readonly string[] }>();

/** Every cue of the pattern in the text, lower-cased with single spaces, in text order. */
export function findCues(pattern: RegExp, text: string): string[] {
  const last = lastSearch.get(pattern);
  if (last && last.text === text) return [...last.found];
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  }
  lastSearch.set(pattern, { text, found: [...found] });
  return found;
}

/** True when the pattern matches anywhere in the text. */
export function hasCue(pattern: RegExp, text: string): boolean {
  const last = lastSearch.get(pattern);
  if (last && last.text === text) return last.found.length > 0;
  pattern.lastIndex = 0;
  return pattern.test(text);
}
