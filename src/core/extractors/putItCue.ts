import type { Cue } from './attributionPatterns';
import { phraseBefore } from './phraseBefore';
import type { Word } from './words';

/** How many words may stand between "as" and "put it": "as The Courier's Ana Ruiz put it". */
const SPEAKER_WORDS = 8;

/**
 * The cue "as … put it" within words [from, to], the words between naming the
 * speaker: `As Kell put it, "…"` → put / Kell; `"…," as a Treasury memo put it` →
 * put / a Treasury memo. Null when the window holds no such frame.
 */
export function putItCue(ws: readonly Word[], from: number, to: number): Cue | null {
  for (let a = from; a + 3 <= to; a++) {
    // The text, not the key: most words are not "as", and a name's key is lowered only when asked.
    if (ws[a].text !== 'as' && ws[a].text !== 'As') continue;
    for (let v = a + 2; v < to && v <= a + 1 + SPEAKER_WORDS; v++) {
      if (ws[v].punct) break;
      if ((ws[v].text !== 'put' && ws[v].text !== 'puts') || ws[v + 1].text !== 'it') continue;
      const subject = phraseBefore(ws, v - 1, a + 1);
      return subject ? { cueFrom: v, cueTo: v, subject } : null;
    }
  }
  return null;
}
