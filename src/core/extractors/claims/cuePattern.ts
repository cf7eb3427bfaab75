import { leadHits, leadWordId, leadingWords } from './cueAnchors';
import { type Anchored, type NewLead, addAnchored, cuesOf, normalized, recordedCount } from './cueRecord';

export { recordedMask } from './cueRecord';
import { type Lead, bareAt, followers, mayMatch, secondWords } from './phraseLeads';
import { leadEnd, plainPhrases } from './phraseMatch';

/** A cue regex that carries its Anchored: read as a field, not looked up in a WeakMap on every one of a claim's many searches. */
class AnchoredPattern extends RegExp {
  anchored: Anchored | null = null;
}
const anchoredOf = (pattern: RegExp): Anchored | null => (pattern instanceof AnchoredPattern ? pattern.anchored : null);

const escape = (p: string): string =>
  p
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['\u2019]")
    .replace(/ /g, '\\s+');
const leadWord = (p: string): string => /^\w+/.exec(p)?.[0] ?? '';
const wholeWords = (alternatives: readonly string[], skip: string): string =>
  `${skip}(?<![\\w'\u2019])(?:${alternatives.join('|')})(?![\\w'\u2019])`;

/**
 * Compiles a phrase table into one whole-word, case-insensitive regex, longest
 * phrase first so that "need to" wins over "need". Straight and curly
 * apostrophes match each other, and any run of white space matches a space.
 * `cuePattern(['need to'])` matches "Need  to" in "We need  to act".
 */
export function cuePattern(phrases: readonly string[]): RegExp {
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  const escaped = sorted.map(escape);
  // when every phrase opens with a word character, `\b` says nothing the lookbehind does not, but lets the engine skip ahead faster
  const skip = escaped.every((p) => /^\w/.test(p)) ? '\\b' : '';
  // a match opens on a whole word that is some phrase's first run of \w, so only those places need trying
  const id = skip ? leadingWords(sorted.map(leadWord)) : -1;
  if (id < 0) return new RegExp(wholeWords(escaped, skip), 'gi');
  const byWord: (Lead | null)[] = [];
  const anchored: Anchored = { id: -1, bit: 1 << id, byWord, found: [], starts: [], ends: [], count: 0 };
  const leads: NewLead[] = [];
  for (const word of new Set(sorted.map(leadWord))) {
    const w = leadWordId(word);
    while (byWord.length <= w) byWord.push(null);
    const group = sorted.filter((p) => leadWord(p) === word);
    const lead: Lead = {
      sticky: new RegExp(wholeWords(group.map(escape), skip), 'iy'),
      length: word.length,
      follow: followers(word, group),
      seconds: secondWords(word, group),
      bare: group.length === 1 && group[0] === word,
      phrases: plainPhrases(group),
    };
    byWord[w] = lead;
    leads.push({ w, lead, word, bare: lead.bare });
  }
  const pattern = new AnchoredPattern(wholeWords(escaped, skip), 'gi');
  pattern.anchored = anchored;
  addAnchored(anchored, leads);
  return pattern;
}

/** Where a cue starts, and its text as written: what nextCue needs of a regex match. */
export interface CueMatch {
  readonly index: number;
  readonly 0: string;
}

/**
 * The first match at or after `from`, the one `pattern.exec` finds from
 * lastIndex `from`: cuePattern(['need to']) in "we need to" from 0 → "need to" at 3.
 */
export function nextCue(pattern: RegExp, text: string, from = 0): CueMatch | null {
  const anchored = anchoredOf(pattern);
  if (!anchored) {
    pattern.lastIndex = from;
    return pattern.exec(text);
  }
  const found = leadHits(text);
  if (!(found.lexicons & anchored.bit)) return null;
  const { byWord } = anchored;
  for (let k = 0; k < found.count; k++) {
    const start = found.starts[k];
    if (start < from || !found.mayOpen[k]) continue;
    const lead = byWord[found.wordIds[k]];
    if (!lead) continue;
    // a lone word needs no regex; a match needs no array of groups
    if (lead.bare) {
      if (bareAt(text, start, lead.length)) return { index: start, 0: text.slice(start, start + lead.length) };
      continue;
    }
    if (!mayMatch(lead, text, start)) continue;
    const end = leadEnd(lead, text, start);
    if (end >= 0) return { index: start, 0: text.slice(start, end) };
  }
  return null;
}

/** Every cue of the pattern in the text, lower-cased with single spaces, in text order. */
export function findCues(pattern: RegExp, text: string): string[] {
  const anchored = anchoredOf(pattern);
  if (!anchored) {
    const found: string[] = [];
    for (let m = nextCue(pattern, text); m; m = nextCue(pattern, text, m.index + m[0].length)) found.push(normalized(m[0]));
    return found;
  }
  cuesOf(text);
  return anchored.found.slice(0, recordedCount(anchored));
}

/** The id a pattern's cues are recorded under (its bit in recordedMask), or -1 for a pattern that records nothing. */
export const recordedId = (pattern: RegExp): number => anchoredOf(pattern)?.id ?? -1;

/**
 * hasCue, 1 or 0, answered from `mask` (recordedMask of the same text) when
 * the pattern's cues are recorded: the features ask about many patterns of one claim.
 */
export const cueBit = (pattern: RegExp, id: number, mask: number, text: string): number =>
  id >= 0 ? (mask >>> id) & 1 : hasCue(pattern, text) ? 1 : 0;

/** True when the pattern matches anywhere in the text. */
export function hasCue(pattern: RegExp, text: string): boolean {
  const anchored = anchoredOf(pattern);
  if (!anchored) return nextCue(pattern, text) !== null;
  cuesOf(text);
  return recordedCount(anchored) > 0;
}

/**
 * The cues of an anchored pattern recorded in the text, with where each
 * starts and ends (the first `count` of each array), or null for a pattern
 * that records nothing. Read it before the next text is asked about.
 */
export function recordedCues(pattern: RegExp, text: string): Anchored | null {
  const anchored = anchoredOf(pattern);
  if (!anchored) return null;
  cuesOf(text);
  recordedCount(anchored);
  return anchored;
}
