import { leadStarts, leadingWords } from './cueAnchors';

/** A pattern's lexicon id for leadStarts, and a sticky copy to try at each leading word. */
const ANCHORED = new WeakMap<RegExp, { readonly id: number; readonly sticky: RegExp }>();

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
  const source = `${skip}(?<![\\w'\u2019])(?:${escaped.join('|')})(?![\\w'\u2019])`;
  const pattern = new RegExp(source, 'gi');
  // a match opens on a whole word that is some phrase's first run of \w, so only those places need trying
  const id = skip ? leadingWords(phrases.map((p) => /^\w+/.exec(p.toLowerCase())?.[0] ?? '')) : -1;
  if (id >= 0) ANCHORED.set(pattern, { id, sticky: new RegExp(source, 'iy') });
  return pattern;
}

/**
 * The first match at or after `from`, the one `pattern.exec` finds from
 * lastIndex `from`: cuePattern(['need to']) in "we need to" from 0 → "need to" at 3.
 */
export function nextCue(pattern: RegExp, text: string, from = 0): RegExpExecArray | null {
  const anchored = ANCHORED.get(pattern);
  if (!anchored) {
    pattern.lastIndex = from;
    return pattern.exec(text);
  }
  const starts = leadStarts(text, anchored.id);
  let k = 0; // the first start not before `from`: a binary search keeps findCues linear
  for (let hi = starts.length; k < hi; ) {
    const mid = (k + hi) >> 1;
    if (starts[mid] < from) k = mid + 1;
    else hi = mid;
  }
  for (; k < starts.length; k++) {
    anchored.sticky.lastIndex = starts[k];
    const m = anchored.sticky.exec(text);
    if (m) return m;
  }
  return null;
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
  for (let m = nextCue(pattern, text); m; m = nextCue(pattern, text, m.index + m[0].length)) {
    found.push(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  }
  lastSearch.set(pattern, { text, found: [...found] });
  return found;
}

/** True when the pattern matches anywhere in the text. */
export function hasCue(pattern: RegExp, text: string): boolean {
  const last = lastSearch.get(pattern);
  if (last && last.text === text) return last.found.length > 0;
  const anchored = ANCHORED.get(pattern);
  if (!anchored) return nextCue(pattern, text) !== null;
  // test() where a match array is not needed
  const { id, sticky } = anchored;
  return leadStarts(text, id).some((at) => ((sticky.lastIndex = at), sticky.test(text)));
}
