/** Whether the code unit at i is no letter or digit (or lies outside the text): a word ends there. */
function edge(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0);
}

/** Whether a lower-case letter, a comma, or a quote closed after a comma, and one space, come before offset i: a capital there is a name's. */
function midSentence(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 0x20) return false;
  const p = text.charCodeAt(i - 2);
  if (p === 0x201d || p === 0x22 || p === 0x27) return text.charCodeAt(i - 3) === 0x2c;
  return (p >= 0x61 && p <= 0x7a) || p === 0x2c;
}

/** Words before a place's name, which show a word to be one: "in Leeds", "from Ohio". */
const BEFORE_PLACE: readonly string[] = [' in ', ' at ', ' from ', ' near ', ' to '];
const placeBefore = (text: string, i: number) => BEFORE_PLACE.some((w) => text.startsWith(w, i - w.length)) || listedPlace(text, i);

/** Links inside a list of places: "at Rennick and Holt", "in Leeds, Hull or York". */
const LIST_LINKS: readonly string[] = [' and ', ' or ', ', '];

/**
 * Whether the word at i closes a list whose first item stands after a place's word: "Holt" in "the plants
 * at Rennick and Holt". Each item before it is one capitalised word; up to three are read.
 */
function listedPlace(text: string, i: number): boolean {
  for (let hops = 0; hops < 3; hops++) {
    const link = LIST_LINKS.find((w) => text.startsWith(w, i - w.length));
    if (link === undefined) return false;
    let start = i - link.length;
    while (start > 0 && !edge(text, start - 1)) start--;
    const c = text.charCodeAt(start);
    if (start === i - link.length || c < 0x41 || c > 0x5a) return false;
    if (BEFORE_PLACE.some((w) => text.startsWith(w, start - w.length))) return true;
    i = start;
  }
  return false;
}

/** writtenAsName's answers for one text, as a name opens many sentences; the Map is made at the first, as many articles ask none. */
export class WrittenNames {
  memo: Map<string, boolean> | null = null;
}

/**
 * Whether a word that opens a sentence, where any word has a capital, is written elsewhere in `text` as a
 * name: with its capital inside a sentence, never in lower case, and never after "in" or "from" as a place
 * is. For "Tolliver defied …" after "… asked Tolliver", true; for "Footage of …", "Things have …", or "Leeds
 * became …" after "in Leeds", false. `written` keeps the answers for one text.
 */
export function writtenAsName(text: string, word: string, written: WrittenNames): boolean {
  const memo = (written.memo ??= new Map());
  let known = memo.get(word);
  if (known === undefined) {
    known = readAsName(text, word);
    memo.set(word, known);
  }
  return known;
}

function readAsName(text: string, word: string): boolean {
  let inside = false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (!edge(text, i - 1) || !edge(text, i + word.length)) continue;
    if (placeBefore(text, i)) return false;
    inside ||= midSentence(text, i);
  }
  if (!inside) return false;
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + lower.length)) if (edge(text, i - 1) && edge(text, i + lower.length)) return false;
  return true;
}
