import type { Paragraph, Quote, Speaker } from '../model';
import { mergeByOffset, sortByOffset } from './byOffset';
import { lineOf } from './speakerEvidence';
import { spanAt } from './spanAt';

/** Someone who spoke at an offset: an attributed quote or an indirect "X said that …". */
export interface Source {
  readonly at: number;
  /** Only what a continued quote takes: a source's cue and evidence are never shown. */
  readonly speaker: Pick<Speaker, 'entityId' | 'name' | 'mention'>;
  /** Where the source ends, when it runs past `at`: a quote spread over paragraphs. */
  readonly end?: number;
}

/** A quote that may continue an earlier speaker's words: speech, top-level, with no speaker of its own. */
const waits = (q: Quote) => !q.speaker && !q.parentId && q.kind === 'speech';

/**
 * Gives a speech quote with no cue the speaker of the latest source in its
 * paragraph, or in the paragraph before when the quote opens its own (a
 * source quote counts from the paragraph it, or its cue, ends in).
 * `"A," he said. "B."` → "B." is his too, with his mention and no cue.
 * The indirect sources are asked for only when a quote waits for one.
 */
export function continuations(quotes: readonly Quote[], paragraphs: readonly Paragraph[], sources: () => readonly Source[], lines: readonly number[]): Quote[] {
  // Many articles give every speech quote its cue: then no source is made, gathered, sorted or looked up.
  if (!quotes.some(waits) || paragraphs.length === 0) return [...quotes];
  const quoted: Source[] = [];
  for (const q of quotes) if (q.speaker && !q.parentId) quoted.push({ at: q.start, speaker: q.speaker, end: q.end - 1 });
  const ordered = mergeByOffset(sortByOffset([...sources()]), sortByOffset(quoted));
  let k = -1;
  return quotes.map((q) => {
    while (k + 1 < ordered.length && ordered[k + 1].at < q.start) k++;
    if (q.speaker || q.parentId || q.kind !== 'speech' || k < 0 || paragraphs.length === 0) return q;
    const source = ordered[k];
    const here = spanAt(paragraphs, q.start);
    // A quote that runs over paragraphs, or whose cue follows it, ends where its last paragraph is.
    const there = spanAt(paragraphs, Math.max(source.end ?? source.at, source.speaker.mention.start));
    const opens = paragraphs[here].start === q.start;
    if (here !== there && !(opens && here === there + 1)) return q;
    const { entityId, name, mention } = source.speaker;
    const evidence = `Continues the speech of ${name} named by '${mention.text}' at line ${lineOf(lines, mention.start)}`;
    return { ...q, speaker: { entityId, name, mention, cue: null, method: 'continuation', evidence } };
  });
}
