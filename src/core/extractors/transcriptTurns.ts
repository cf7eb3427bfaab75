import type { Paragraph } from '../model';
import { titleWords } from './titleWords';
import { namedInProse } from './namedInProse';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/firstNames';
import { titledLabel } from './titledLabel';

/** One paragraph of a pasted transcript: its speaker label, and the words spoken after it. */
export interface Turn {
  readonly labelStart: number;
  readonly labelEnd: number;
  /** Where the spoken words start, past the colon and its spaces; they run to the paragraph's end. */
  readonly start: number;
  readonly end: number;
  /** `Q`/`A` of an interview, a name in capitals (`MAYOR RUIZ`), or a paragraph going on with the turn before. */
  readonly role: 'question' | 'answer' | 'named' | 'continued';
}

/**
 * A label in capitals and a colon opening a paragraph: one to four words of
 * capitals (`RUIZ`, `MAYOR ELENA RUIZ`, `GOV. DANA O'NEIL`), or a lone Q or A,
 * perhaps with a note in parentheses (`RUIZ (voice-over)`) or a role after a
 * comma (`OWEN HALE, PRESENTER`); then the words, which open with a letter,
 * a digit or a quote mark. Group 1 is the name.
 */
const LABEL = /^(Q|A|[A-Z][A-Z'’.-]*[A-Z.](?: [A-Z][A-Z'’.-]*[A-Z.]){0,3})(?: \([^)\n]{1,24}\)|(, [A-Z][A-Z .'’-]{1,30}))?:[ \t]+(?=[\p{L}\p{N}"“‘'(\[])/u;

/** The name of the label opening text at `at`, a paragraph's start: `OWEN HALE, PRESENTER: …` → "OWEN HALE"; null for none. */
export function labelName(text: string, at: number): string | null {
  return labelParts(text, at)?.name ?? null;
}

/** The name and the role after a comma of the label at `at`: `OWEN HALE, PRESENTER: …` → "OWEN HALE", "PRESENTER". */
export function labelParts(text: string, at: number): { name: string; role: string | null } | null {
  const colon = colonNear(text, at, text.length);
  const m = colon > at ? LABEL.exec(text.slice(at, colon + 3)) : null;
  return m ? { name: m[1], role: m[2] ? m[2].slice(2) : null } : null;
}

/** Labels of a voice the transcript does not name: `UNIDENTIFIED WOMAN:`, `ANNOUNCER:`, a press conference's `QUESTION:`; they count beside named turns. */
const UNNAMED_VOICE = /^(?:UNIDENTIFIED|ANNOUNCER|NARRATOR|CROWD|QUESTION)\b/;

/** Labels that head a note, not a turn: `NOTE:`, `UPDATE:`, `EDITOR'S NOTE:`, `KEY POINTS:`; matched on the last word. */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set(
  'NOTE NOTES UPDATE UPDATED CORRECTION CLARIFICATION BREAKING WATCH READ MORE RELATED EMAIL PHOTO PHOTOS VIDEO SOURCE SOURCES POINTS POINT BACKGROUND CONTEXT TIMELINE VERDICT CLAIM FACT FACTS CHECK ALERT ANALYSIS OPINION COMMENT DISCLOSURE WARNING LINK LINKS CREDIT CREDITS'.split(
    ' ',
  ),
);

/** The first colon in the 64 units from `at`, before `end` and any line break, or -1: searched no further, as most paragraphs have none. */
function colonNear(text: string, at: number, end: number): number {
  const stop = Math.min(end, at + 64);
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return i;
    if (c === 0x0a) return -1;
  }
  return -1;
}

/** The paragraph's label, when it opens like a turn. A prefilter spares the regex most paragraphs. */
function labelOf(text: string, p: Paragraph): RegExpExecArray | null {
  const c = text.charCodeAt(p.start);
  const d = text.charCodeAt(p.start + 1);
  // A label opens with two capitals ("RUIZ"), or Q or A and a colon: a paragraph opening "The" is passed at once.
  if (c < 0x41 || c > 0x5a || ((d < 0x41 || d > 0x5a) && d !== 0x3a && d !== 0x27 && d !== 0x2019 && d !== 0x2e)) return null;
  const colon = colonNear(text, p.start, p.end);
  return colon < 0 ? null : LABEL.exec(text.slice(p.start, Math.min(p.end, colon + 3)));
}

/** Whether the words after a label read as a headline, every word capitalised: `FIX IS IN: Moderators Ignore Scandals.` */
function headline(text: string, start: number, end: number): boolean {
  const stop = text.slice(start, Math.min(end, start + 160)).search(/[.?!:]|$/);
  const words = text.slice(start, start + stop);
  // "Does Ted Kell?": an interview's question may capitalise each word too.
  if (text.charCodeAt(start + stop) === 0x3f) return false;
  // "Yes, from April." keeps a minor word or two in lower case too: a headline capitalises three words or more.
  return (words.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 3 && titleWords(words);
}

/**
 * Whether a label is a given name and a surname (`KATE HOLT`), which names a person though the text may
 * name her nowhere else; it counts when it comes back or gives her role (`KATE HOLT, HEALTH SECRETARY:`).
 */
export function fullName(label: string): boolean {
  const space = label.indexOf(' ');
  if (space < 0 || label.split(' ').length > 3) return false;
  const given = label.slice(0, space).toLowerCase();
  return MALE_NAMES.has(given) || FEMALE_NAMES.has(given);
}

/** Whether a label of two words or more stands in the text in small letters too: "Dana Neilson" for `DANA NEILSON:`. */
function writtenInProse(text: string, lower: string, label: string): boolean {
  const key = label.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) if (text.slice(at, at + key.length) !== label) return true;
  return false;
}

/** Whether paragraph i, one of `found`, is an interview's Q or A turn. */
const isQA = (found: readonly { i: number; label: string }[], i: number) => found.some((f) => f.i === i && f.label.length === 1);

/** Whether a paragraph reads as words spoken: it opens with a letter or a digit, not `(END VIDEO CLIP)` nor `…`. */
function spoken(text: string, p: Paragraph): boolean {
  return /[\p{L}\p{N}]/u.test(text.charAt(p.start));
}


/**
 * The turns of transcripts pasted into an article, read conservatively:
 * a Q or A label counts only where the article has both, a name in capitals
 * only when the article names that person in running text, or when the label
 * comes back in two turns or more beside one that does (a host named only in
 * the transcript). Headings such as `NOTE:` or `Key points:` are no turns.
 * `RUIZ: We will not cut.` after "Mayor Elena Ruiz spoke" → a named turn.
 */
export function transcriptTurns(text: string, paragraphs: readonly Paragraph[]): Turn[] {
  const found: { i: number; p: Paragraph; label: string; last: string; spoken: number; role: boolean }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const m = labelOf(text, p);
    if (!m) continue;
    const label = m[1];
    const last = label.slice(label.lastIndexOf(' ') + 1).replace(/\.$/, '');
    if (NOT_SPEAKERS.has(last) || headline(text, p.start + m[0].length, p.end)) continue;
    found.push({ i, p, label, last, spoken: p.start + m[0].length, role: m[2] !== undefined });
  }
  if (found.length === 0) return [];
  const asks = found.some((f) => f.label === 'Q');
  const answers = found.some((f) => f.label === 'A');
  const named = new Set<string>();
  const counts = new Map<string, number>();
  let lower: string | undefined;
  for (const f of found) {
    if (f.label.length === 1) continue;
    counts.set(f.last, (counts.get(f.last) ?? 0) + 1);
    // Lower-casing keeps the length of text without letters such as "İ"; otherwise offsets would drift, and no one is found.
    lower ??= text.toLowerCase();
    if (!named.has(f.last) && f.last.length > 1 && lower.length === text.length && namedInProse(text, lower, f.last)) named.add(f.last);
  }
  for (const f of found) {
    // `MAYOR RUIZ:` is a person by the title, even in a single turn; a dateline such as `PORT HALDEN:` has none
    if (!named.has(f.last) && titledLabel(f.label)) named.add(f.last);
    // a dateline (`PORT HALDEN:`) stands once, with no role: a speaker's label comes back or tells the role
    if (named.has(f.last) || f.label.indexOf(' ') < 0 || !(f.role || (counts.get(f.last) ?? 0) >= 2)) continue;
    if (fullName(f.label) || (lower !== undefined && lower.length === text.length && writtenInProse(text, lower, f.label))) named.add(f.last);
  }
  const out: Turn[] = [];
  let previous = -2;
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const qa = f.label === 'Q' || f.label === 'A';
    const ok = qa ? asks && answers : named.has(f.last) || (named.size > 0 && ((counts.get(f.last) ?? 0) >= 2 || UNNAMED_VOICE.test(f.label)));
    if (!ok) continue;
    // An answer set over paragraphs: in a Q-and-A interview, those between two turns with no label of their own go on
    // with the first. Between named turns the article's own prose may resume, so they are left alone there.
    if (qa && previous >= 0 && isQA(found, previous) && f.i - previous > 1 && f.i - previous <= 4 && !found.some((g) => g.i > previous && g.i < f.i)) {
      for (let j = previous + 1; j < f.i; j++) if (spoken(text, paragraphs[j])) out.push({ labelStart: paragraphs[j].start, labelEnd: paragraphs[j].start, start: paragraphs[j].start, end: paragraphs[j].end, role: 'continued' });
    }
    const role = f.label === 'Q' ? 'question' : f.label === 'A' ? 'answer' : 'named';
    out.push({ labelStart: f.p.start, labelEnd: f.p.start + f.label.length, start: f.spoken, end: f.p.end, role });
    previous = f.i;
  }
  return out;
}
