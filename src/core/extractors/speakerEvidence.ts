/** Offsets of each line's first character, for "line 7" in hovers. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 1-based line of an offset. */
export function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** "Jens Stoltenberg, NATO Secretary General": a name with its first role, for evidence sentences. */
export function describe(name: string, roles: readonly string[]): string {
  return roles.length ? `${name}, ${roles[0]}` : name;
}
