/** One edit as VS Code reports it: `rangeLength` code units at `rangeOffset` replaced by `text`. */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Carries a range through one edit. Text typed at either boundary stays
 * outside; text typed inside or over the whole range becomes part of it;
 * a range whose text is deleted entirely becomes null (an orphan).
 * shiftThrough({ start: 5, end: 8 }, { rangeOffset: 0, rangeLength: 0, text: 'ab' }) → { start: 7, end: 10 }
 */
export function shiftThrough(range: OffsetRange, change: TextChange): OffsetRange | null {
  const cs = change.rangeOffset;
  const ce = cs + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  const { start, end } = range;
  let newStart: number;
  if (start < cs) newStart = start;
  else if (start >= ce) newStart = start + delta;
  else newStart = start === cs ? cs : cs + change.text.length;
  let newEnd: number;
  if (end <= cs) newEnd = end;
  else if (end >= ce) newEnd = end + delta;
  else newEnd = cs;
  if (newEnd <= newStart && end > start) return null;
  return { start: newStart, end: Math.max(newStart, newEnd) };
}

/**
 * Carries a range through the changes of one document event, in the order
 * given: VS Code lists them so that each offset is valid when it is applied.
 */
export function shiftRange(range: OffsetRange, changes: readonly TextChange[]): OffsetRange | null {
  let current: OffsetRange | null = range;
  for (const change of changes) {
    if (!current) return null;
    current = shiftThrough(current, change);
  }
  return current;
}
