/**
 * The shortest text found that still fails the same way: whole chunks are
 * cut while the failure stays, halving the chunk size down to one code unit
 * (delta debugging). Bounded by `tries` so a slow engine call cannot stall it.
 * shrink('aaXaa', (t) => t.includes('X')) → 'X'
 */
export function shrink(text: string, fails: (text: string) => boolean, tries = 2000): string {
  let best = text;
  for (let size = Math.max(1, best.length >> 1); size >= 1 && tries > 0; size >>= 1) {
    for (let at = 0; at < best.length && tries > 0; ) {
      const cut = best.slice(0, at) + best.slice(at + size);
      tries--;
      if (fails(cut)) best = cut;
      else at += size;
    }
  }
  return best;
}
