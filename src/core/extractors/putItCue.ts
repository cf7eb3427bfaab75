import type { Cue } from './attributionPatterns';
import { phraseBefore } from './phraseBefore';
import type { Word } from './words';

/** How many words may stand between "as" and "put it": "as Ana Ruiz, the Courier's editor, put it". */
const SPEAKER_WORDS = 14;

/** Words that make "put it" a phrasal verb of doing, not saying: "put it off", "put it on hold". */
const PARTICLES: ReadonlySet<string> = new Set(['off', 'on', 'down', 'away', 'aside', 'back', 'up', 'out', 'together', 'forward', 'through', 'into', 'onto']);

/**
 * The cue "as … put it" within words [from, to], the words between naming the
 * speaker: `As Kell put it, "…"` → put / Kell; `"…," as a Treasury memo put it` →
 * put / a Treasury memo. Null when the window holds no such frame.
 */
export function putItCue(ws: readonly Word[], from: number, to: number): Cue | null {
  for (let a = from; a + 3 <= to; a++) {
    // The text's length, then the text, not the key: most words are not "as", and a name's key is lowered only when asked.
    const t = ws[a].text;
    if (t.length !== 2 || (t !== 'as' && t !== 'As')) continue;
    for (let v = a + 2; v < to && v <= a + 1 + SPEAKER_WORDS; v++) {
      // "As Ana Ruiz, the Courier's editor, put it": commas set off an appositive; other marks end the frame.
      if (ws[v].punct && ws[v].text !== ',') break;
      if ((ws[v].text !== 'put' && ws[v].text !== 'puts') || ws[v + 1].text !== 'it' || PARTICLES.has(ws[v + 2]?.key ?? '')) continue;
      const subject = phraseBefore(ws, v - 1, a + 1);
      return subject ? { cueFrom: v, cueTo: v, subject } : null;
    }
  }
  return null;
}
