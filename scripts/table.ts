export type Align = 'left' | 'right';

/**
 * Lays rows out as an aligned plain-text table with a header rule, for the
 * eval and bench reports. Numbers read best right-aligned.
 * `formatTable(['task', 'n'], [['quotes', '924']], ['left', 'right'])` →
 * "task      n\n------  ---\nquotes  924\n".
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
