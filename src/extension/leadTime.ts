/**
 * How long before the debounce ends an edit's analysis starts: about twice the
 * last one's time, so a small article's result is ready the moment the debounce
 * ends and is shown then; a slow (large) article starts at the end as before,
 * so typing never spends seconds on analyses that are thrown away.
 * leadTime(250, 8) → 21; leadTime(250, 7000) → 0.
 */
export function leadTime(delayMs: number, lastMs: number | undefined): number {
  if (lastMs === undefined || lastMs > delayMs / 5) return 0;
  return Math.min(Math.round(2 * lastMs + 5), Math.floor(delayMs / 2));
}

/** The value, at `time` (performance.now()) at the earliest. */
export function holdUntil<T>(time: number, value: T): Promise<T> | T {
  const wait = time - performance.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(() => resolve(value), wait)) : value;
}
