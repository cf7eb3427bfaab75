import type { Quote } from '../model';
import type { Attribution } from './attributions';
import { cueBefore } from './cueBefore';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';
import { wordFrom } from './wordFrom';

/** Sentence ends inside a quotation, past which a cue before a nested quote is not looked for. */
const isStop = (w: Word) => w.punct && (w.text === '.' || w.text === '?' || w.text === '!');

/**
 * The cue of each nested speech quote that a name before it inside its parent
 * speaks: `"Then Ken Hale told me, 'Nobody reads these.' So I left," Ada said`
 * → told/Ken Hale for the inner quote. A pronoun there ("he told me") means
 * someone the speaker knows, whom the article may never name: left unread.
 */
export function nestedAttributions(ws: readonly Word[], quotes: readonly Quote[]): Attribution[] {
  const out: Attribution[] = [];
  let parent: Quote | undefined;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.parentId) {
      parent = q;
      continue;
    }
    if (q.kind !== 'speech' || !parent || parent.id !== q.parentId) continue;
    const opening = wordFrom(ws, q.start, 0);
    // Back to the parent's opening, an earlier nested quote, or a sentence end inside the parent.
    const floor = Math.max(wordFrom(ws, parent.content.start, 0), i > 0 && quotes[i - 1].parentId ? wordFrom(ws, quotes[i - 1].end, 0) : 0);
    let from = opening - 1;
    while (from > floor && !isStop(ws[from - 1])) from--;
    if (from >= opening) continue;
    const cue = cueBefore(ws, from, opening - 1);
    // "It's easy to say 'I'm the one'": a contraction read as a name speaks no words.
    if (cue && cue.subject.kind === 'name' && possessiveEnd(ws[cue.subject.to].text) === 0) out.push({ cueFrom: cue.cueFrom, cueTo: cue.cueTo, subject: cue.subject, quote: i });
  }
  return out;
}
