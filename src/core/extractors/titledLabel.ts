import { HONORIFICS } from '../lexicon/roles';

/**
 * Titles that stand before a surname alone and open no common phrase: `MAYOR RUIZ` is a person, while
 * `GENERAL ELECTION`, `MAJOR UPDATE` and `CHIEF CONCERN` are headings, so "general", "major" and "chief" are out.
 */
const TITLES: ReadonlySet<string> = new Set(
  'mayor senator sen governor gov representative rep congressman congresswoman councillor councilman councilwoman cllr judge justice president premier chancellor minister secretary ambassador sheriff professor prof dr rev reverend detective inspector superintendent constable sergeant sgt captain capt colonel col lieutenant lt admiral adm commissioner'.split(
    ' ',
  ),
);

/**
 * A transcript label of a title and one surname, `MAYOR RUIZ` or `SEN. QUILL`: the surname and the title as
 * written; null for any other label. The title shows a person, though the article names them nowhere else.
 */
export function titledLabel(label: string): { title: string; surname: string } | null {
  const space = label.indexOf(' ');
  if (space < 0 || label.indexOf(' ', space + 1) >= 0) return null;
  const title = label.slice(0, space);
  const key = title.toLowerCase().replace(/\.$/, '');
  if (!TITLES.has(key) && !HONORIFICS.has(key)) return null;
  const surname = label.slice(space + 1);
  // a surname has a letter after its first: `DR. Q` is no one
  return /^[A-Z][A-Z'’-]*[A-Z]$/.test(surname) ? { title, surname } : null;
}
