/** Whether a name is in capitals throughout, as a transcript's label prints it: "KATE HOLT", "DANA O'NEIL". */
export function inCapitals(name: string): boolean {
  let letters = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return false;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) letters++;
  }
  return letters >= 2;
}

/**
 * A person's name in capitals as prose writes it, each word capitalised after a space, a hyphen, an
 * apostrophe after one letter, or "Mc": "KATE HOLT" → "Kate Holt", "DANA O'NEIL-MCKAY" → "Dana O'Neil-McKay".
 */
export function readableName(name: string): string {
  const lower = name.toLowerCase();
  // Lower-casing may change the length ("İ"): such a name is left as written rather than cut.
  if (lower.length !== name.length) return name;
  let out = '';
  for (let i = 0; i < lower.length; i++) out += opensPart(lower, i) ? name.charAt(i) : lower.charAt(i);
  return out;
}

/** Whether the letter at i opens a part of a name. */
function opensPart(lower: string, i: number): boolean {
  if (i === 0) return true;
  const before = lower.charAt(i - 1);
  if (before === ' ' || before === '-') return true;
  // "o'neil", "d'arcy": one letter and an apostrophe; "mckay" after "mc" opening the word.
  if ((before === "'" || before === '\u2019') && (i === 2 || lower.charAt(i - 3) === ' ')) return true;
  return i >= 2 && lower.startsWith('mc', i - 2) && (i === 2 || lower.charAt(i - 3) === ' ' || lower.charAt(i - 3) === '-') && i < lower.length - 1;
}
