import type { Sentence } from '../model';
import { spanAt } from '../extractors/spanAt';

/**
 * The id of the sentence holding an offset, or undefined where none does (a headline, the space between
 * sentences): what an analyst would otherwise look up in `sentences` for every quote, figure and date.
 * sentenceOf([{ id: 's1', start: 0, end: 10 }, { id: 's2', start: 11, end: 20 }])(12) → 's2'
 */
export function sentenceOf(sentences: readonly Sentence[]): (offset: number) => string | undefined {
  return (offset) => {
    if (sentences.length === 0) return undefined;
    const s = sentences[spanAt(sentences, offset)];
    return s.start <= offset && offset < s.end ? s.id : undefined;
  };
}
