/** Verbs of a pledge that hand over to what was pledged: 'pledged that "…"'. */
export const PLEDGE_VERBS: ReadonlySet<string> = new Set(['pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'vow', 'vows', 'vowed', 'guaranteed']);

/** A pledge verb, a few words (no clause break), then "that" closing the frame: "had pledged in 2021 that ". */
const PLEDGE_THAT = /\b(pledges?|pledged|promises?|promised|vows?|vowed|guaranteed)\b[^.;:!?"\u201C\u201D]{0,40}?\bthat\s*$/i;
/** How far before a quote the frame is read. */
const REACH = 72;

/**
 * The pledge verb of a frame that hands over to the quote opening at `quoteStart`, lower-case, or null:
 * 'Ministers had pledged in 2021 that "no family will wait"' → "pledged". Read only when "that" ends the frame.
 */
export function pledgeFrame(text: string, from: number, quoteStart: number): string | null {
  let k = quoteStart;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 160)) k--;
  if (k - from < 4 || text.slice(k - 4, k).toLowerCase() !== 'that') return null;
  const m = PLEDGE_THAT.exec(text.slice(Math.max(from, k - REACH), k));
  return m ? m[1].toLowerCase() : null;
}
