import { FINDING_NOUNS, FINDING_VERBS } from '../../lexicon/claimFrameWords';

/** ", a study found." closing the sentence: the document, a few words of description allowed ("a large new study"). */
const TRAILING_FINDING = new RegExp(
  `,\\s+((?:a|an|the|one|another|this|that|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:${FINDING_NOUNS.join('|')}))\\s+(?:${FINDING_VERBS.join('|')})[\\s.]*$`,
  'i',
);

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
  const m = TRAILING_FINDING.exec(seg);
  if (!m) return null;
  const sourceStart = m.index + m[0].indexOf(m[1]);
  return { frameStart: m.index, sourceStart, sourceEnd: sourceStart + m[1].length };
}
