const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The year a TIMEX3 value opens with, as `/^(\d{4})(?:$|-)/` finds it, read
 * from character codes: refiners ask it of every date, and a match array
 * each cost more than the rest of their test. `2015-10` → 2015; `P2Y`, `20150` → -1.
 */
export function leadingYear(value: string): number {
  if (value.length < 4 || (value.length > 4 && value.charCodeAt(4) !== 45)) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = value.charCodeAt(i);
    if (!isDigit(c)) return -1;
    year = year * 10 + c - 48;
  }
  return year;
}

/**
 * The year of a date stated down to the year, month or day, as
 * `/^(\d{4})(?:-\d\d(?:-\d\d)?)?$/` takes it: `2012-11-06` → 2012; `2012-Q3`, `2012-11-06T10:00` → -1.
 */
export function statedYear(value: string): number {
  const n = value.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  for (let i = 5; i < n; i++) if (i % 3 === 1 ? value.charCodeAt(i) !== 45 : !isDigit(value.charCodeAt(i))) return -1;
  return leadingYear(value);
}
