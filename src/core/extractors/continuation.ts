import type { Paragraph, Quote, Speaker } from '../model';
import { mergeByOffset, sortByOffset } from './byOffset';
import { lineOf } from './speakerEvidence';
import { spanAt } from './spanAt';

/** Someone who spoke at an offset: an attributed quote or an indirect "X said that …". */
export interface Source {
  readonly at: number;
  readonly speaker: Speaker;
}

/**
 * Gives a speech quote with no cue the speaker of the latest source in its
 * paragraph, or in the paragraph before when the quote opens its own.
 * `"A," he said. "B."` → "B." is his too, with his mention and no cue.
 */
export function continuations(quotes: readonly Quote[], paragraphs: readonly Paragraph[], sources: readonly Source[], lines: readonly number[]): Quote[] {
  const quoted: Source[] = [];
  for (const q of quotes) if (q.speaker && !q.parentId) quoted.push({ at: q.start, speaker: q.speaker });
  const ordered = mergeByOffset(sortByOffset([...sources]), sortByOffset(quoted));
  let k = -1;
  return quotes.map((q) => {
    while (k + 1 < ordered.length && ordered[k + 1].at < q.start) k++;
    if (q.speaker || q.parentId || q.kind !== 'speech' || k < 0 || paragraphs.length === 0) return q;
    const source = ordered[k];
    const here = spanAt(paragraphs, q.start);
    const there = spanAt(paragraphs, source.at);
    const opens = paragraphs[here].start === q.start;
    if (here !== there && !(opens && here === there + 1)) return q;
    const { entityId, name, mention } = source.speaker;
    const evidence = `Continues the speech of ${name} named by '${mention.text}' at line ${lineOf(lines, mention.start)}`;
    return { ...q, speaker: { entityId, name, mention, cue: null, method: 'continuation', evidence } };
  });
}
