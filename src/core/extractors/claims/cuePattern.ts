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
  return new RegExp(`(?<![\\w'\u2019])(?:${escaped.join('|')})(?![\\w'\u2019])`, 'gi');
}

/** Every cue of the pattern in the text, lower-cased with single spaces, in text order. */
export function findCues(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  }
  return found;
}

/** True when the pattern matches anywhere in the text. */
export function hasCue(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
