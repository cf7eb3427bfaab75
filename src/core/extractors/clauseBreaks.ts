/** Marks after which a new clause may open: "Kell spoke, but Hale left", "Kell spoke; Hale left". */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', '—', '–', '―', '(']);

/** The same test by character code, for the loops over every word of every sentence. */
const BREAK_CODES = [...CLAUSE_BREAKS].map((m) => m.charCodeAt(0));

/** Whether a mark is one of CLAUSE_BREAKS. */
export const breaksClause = (mark: string) => mark.length === 1 && BREAK_CODES.includes(mark.charCodeAt(0));
