/** Control characters that never occur in prose: everything below U+0020 except tab, LF, FF and CR. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g;

/**
 * True when the text is evidently not prose (a binary file forced into the
 * article mode): a NUL, or more than 1% control or replacement characters in
 * the first 8 KB. "date 2023-02-13 …" → false; "\u0089PNG\r\n\u001a\n\u0000…" → true.
 */
export function isNotText(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  const odd = head.match(CONTROL)?.length ?? 0;
  return head.length > 0 && odd / head.length > 0.01;
}
