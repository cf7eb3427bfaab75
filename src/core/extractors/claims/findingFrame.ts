import { flaggedWords, holdsFlagged } from './cueAnchors';
import { hasWordAt, wordTable } from './wordTable';
import { FINDING_BODIES, FINDING_NOUNS, FINDING_VERBS, FINDING_DATA_NOUNS, FINDING_SETTING_VERBS } from '../../lexicon/claimFrameWords';

/**
 * ", a study found." closing the sentence: the document, its numbers or a body whose trade is finding, a few words of
 * description allowed before it ("a large new study", "Home Office figures") and a "published …" after it; also "it" or
 * "they" for one named before ("…, it found."). A conjunction opens no description: ", and figures show" is narration.
 */
const TRAILING_FINDING = new RegExp(
  `,\\s+((?!(?:and|but|or|as|while|which|who|so|yet)\\b)(?:(?:a|an|the|one|another|this|that|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,3}?` +
    `(?:${[...FINDING_NOUNS, ...FINDING_DATA_NOUNS, ...FINDING_BODIES].join('|')})|it|they)` +
    `(?:\\s+(?:published|released|issued|out)\\b[^,;:.]{0,30}?)?\\s+(?:${[...FINDING_VERBS, 'show'].join('|')})[\\s.]*$`,
  'i',
);

/** The verbs by length, looked up where the segment's last word stands: no lower-cased copy of it per segment. */
const VERBS = wordTable(new Set([...FINDING_VERBS, 'show']));
const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122);

/** Whether the segment's last run of ASCII letters, past trailing stops and spaces, is one of VERBS: "… a study found." → true. */
function endsOnVerb(seg: string): boolean {
  let e = seg.length;
  while (e > 0 && !isLetter(seg.charCodeAt(e - 1))) {
    const c = seg.charCodeAt(e - 1);
    // only stops and spaces may follow the verb
    if (c !== 46 && c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
    e--;
  }
  let b = e;
  while (b > 0 && isLetter(seg.charCodeAt(b - 1))) b--;
  return hasWordAt(seg, b, e, VERBS);
}

/** Where a trailing frame of a finding starts, and the document it names, in segment offsets. */
export interface FindingFrame {
  readonly frameStart: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * A frame that closes the sentence with a document reporting a finding, or null:
 * `Walkers were 25% less likely to fall, a study found.` → frame from the comma, source "a study".
 */
export function findingFrame(seg: string): FindingFrame | null {
  // most segments end on another word: the regex, tried at every comma, is run only after one of the verbs
  if (!endsOnVerb(seg)) return null;
  const m = TRAILING_FINDING.exec(seg);
  if (!m) return null;
  const sourceStart = m.index + m[0].indexOf(m[1]);
  return { frameStart: m.index, sourceStart, sourceEnd: sourceStart + m[1].length };
}

/**
 * A document or its numbers opening the sentence, then a verb of finding: "Police data published in
 * January show", "The study found that", "A poll found last week that", "A survey of 900 skippers by the
 * port authority found that", "A report by the Trust, released on Monday, found that" (the commas paired). Anchored, so it is tried once per segment.
 */
const LEADING_FINDING = new RegExp(
  `^\\s*((?:(?:the|a|an|this|its|their|new|latest|official)\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:${[...FINDING_NOUNS, ...FINDING_DATA_NOUNS].join('|')})(?:\\s+(?:by|of|from|among)\\s[^,;:.]{1,60}?)?)` +
    `(?:(,?)\\s+(?:published|released|issued|out)\\b[^,;:.]{0,40}?\\2)?\\s+(?:${[...FINDING_VERBS, 'show'].join('|')}|(${FINDING_SETTING_VERBS.join('|')}))\\s+(?:(?:(?:last|this|on|in|earlier|late|early)\\s[^,;:.]{0,25}?\\s)?that\\s+)?(?=\\S)`,
  'i',
);

/**
 * LEADING_FINDING's verbs, each a whole run of `\w` between spaces: without one among the segment's registered
 * words (read once for every check of the frame), the regex is not tried; most segments report no finding.
 */
const FINDING_VERB_WORDS = flaggedWords([...FINDING_VERBS, 'show', ...FINDING_SETTING_VERBS]);

/** Where a leading finding's document ends and its content starts, in segment offsets. */
export interface LeadingFinding {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly contentStart: number;
  /** The verb sets a number ("puts the number at 2.3 million"): what follows it is no clause, so the sentence is the claim. */
  readonly whole: boolean;
}

/**
 * A frame that opens the sentence with a document and what it found, or null:
 * `Police data published in January show 4,812 crimes were recorded.` → source "Police data", content from "4,812";
 * `The treasury's forecast puts the number at 2.3 million.` → source "The treasury's forecast", the whole sentence.
 */
export function leadingFinding(seg: string): LeadingFinding | null {
  if (FINDING_VERB_WORDS && !holdsFlagged(seg, FINDING_VERB_WORDS)) return null;
  const m = LEADING_FINDING.exec(seg);
  if (!m) return null;
  const sourceStart = m[0].indexOf(m[1]);
  return { sourceStart, sourceEnd: sourceStart + m[1].length, contentStart: m[0].length, whole: m[3] !== undefined };
}
