const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const SPACED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * True for the most common shape, digits with at most one decimal point
 * ("2024", "3.5", ".5"), read without a regex; the others go to the patterns.
 */
function isPlainDecimal(text: string): boolean {
  let point = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 && point < 0) point = k;
    else if (c < 48 || c > 57) return false;
  }
  return text.length > 0 && point !== text.length - 1;
}

/**
 * The value of a number written in digits, or null for shapes that are
 * codes rather than amounts ("1.2.3", "3,4,5").
 * "1,234,567.5" → 1234567.5; "12,34,567" → 1234567; "10 000" → 10000; "1,3" → 1.3.
 */
export function digitValue(text: string): number | null {
  if (isPlainDecimal(text)) return Number(text);
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text) || INDIAN.test(text)) return Number(text.replace(/,/g, ''));
  if (SPACED.test(text)) return Number(text.replace(/[ \u00a0\u202f\u2009]/g, ''));
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return null;
}
