import { isDecision } from '../annotations/model';
import type { Analysis } from '../model';

/**
 * The columns after checkWorthiness came later: they are appended, never inserted, so a reader that takes
 * columns by position keeps reading the first nine. Offsets are UTF-16 code units, as in the JSON export.
 */
const CSV_COLUMNS = [
  'article', 'id', 'text', 'speaker', 'type', 'status', 'figures', 'dates', 'checkWorthiness',
  'start', 'end', 'attribution', 'speakerEntityId', 'speakerMentionStart', 'speakerMentionEnd',
] as const;

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface CsvOptions {
  /** The article's path for the first column, so rows of many articles can share one file. */
  readonly source?: string | null;
  /** False for the second and later articles written to one stream. */
  readonly header?: boolean;
}

/**
 * The claims, one per row, with their speaker, type, review status (a note
 * alone leaves a claim unreviewed), figures and dates, then where the claim and
 * its speaker's words are, as RFC 4180 CSV (CRLF line ends, a header row).
 * toCsv(a, { source: 'a.txt' }) → 'article,id,text,…\r\na.txt,c1,Output rose about 20%.,,statistic,unreviewed,about 20%,,0.8,21,42,narrative,,,\r\n'
 */
export function toCsv(analysis: Analysis, options: CsvOptions = {}): string {
  const figures = new Map(analysis.figures.map((f) => [f.id, f.text]));
  const dates = new Map(analysis.dates.map((d) => [d.id, `${d.text} (${d.value})`]));
  const rows = analysis.claims.map((c) => [
    options.source ?? '',
    c.id,
    c.text,
    c.speaker?.name ?? '',
    c.type,
    c.review && isDecision(c.review.status) ? c.review.status : 'unreviewed',
    c.figureIds.map((id) => figures.get(id) ?? id).join('; '),
    c.dateIds.map((id) => dates.get(id) ?? id).join('; '),
    String(Math.round(c.checkWorthiness * 100) / 100),
    String(c.start),
    String(c.end),
    c.attribution,
    c.speaker?.entityId ?? '',
    c.speaker?.mention ? String(c.speaker.mention.start) : '',
    c.speaker?.mention ? String(c.speaker.mention.end) : '',
  ]);
  return [...(options.header === false ? [] : [[...CSV_COLUMNS]]), ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
