import type { Prng } from './prng';

/** One way to damage or disguise an article, as a real file from the wild might be. */
export interface Mutation {
  readonly name: string;
  readonly apply: (text: string, rng: Prng) => string;
}

const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a', '`', '\u300c', '\u300d'];
const SPACES = ['\u00a0', '\u2009', '\u202f', '\u2007', '\u2002', '\u2003', '\u3000', '\u200a', '\u1680', '\u205f', '\t', '\f', '\v'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069'];
const RTL_WORDS = ['\u0627\u0644\u0648\u0632\u064a\u0631', '\u05e9\u05dc\u05d5\u05dd', '\u0661\u0662\u0663', '\u06f4\u06f5', '\u0627\u0644\u0633\u0628\u062a \u0661\u0665'];
const EMOJI = ['\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F1EB}\u{1F1F7}', '\u2764\uFE0F', '1\uFE0F\u20E3', '\u{1F4B6}'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0336', '\u20dd', '\u0489'];
const LINE_BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f'];

/** Words and marks the extractors key on: inserted at random, they make odd combinations of cues, figures and dates. */
const ENGINE_WORDS = ['said', 'told reporters', 'according to', 'Mr.', 'Dr', 'the minister', 'he', 'she', 'they', 'Jan.', 'Sept',
  'Monday', 'last week', 'next year', 'on Tuesday', 'in 2023', '1990s', "'90s", 'Q3', 'FY2024', '12:30 p.m.', '2024-13-45', '31/02/2023',
  '$', '\u20ac', '\u00a3', '%', 'per cent', 'million', 'bn', '1/2', '\u00bd', '\u00be', '-', '\u2013', '\u2014', '...', '\u2026', '(', ')',
  '[', ']', '/', ':', ';', 'between', 'and', 'to', 'from', 'up', 'down', 'by', 'of', 'about', 'nearly', '0', '00', '1,000', '3.5',
  '.5', '1e9', '-7', '+4', '10x', '2nd', 'twenty-one', 'a third', 'half', 'dozens', 'St.', 'U.S.', 'e.g.', 'No.', '#1', '@', '&'];

const splice = (text: string, at: number, remove: number, insert: string) => text.slice(0, at) + insert + text.slice(at + remove);
/** Any code-unit offset, even one inside a surrogate pair: the editor can hold such text. */
const anywhere = (text: string, rng: Prng) => rng.int(text.length + 1);

/** Offsets of the characters matching re, or [] when none. */
function offsetsOf(text: string, re: RegExp): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(re)) found.push(m.index);
  return found;
}

/** An offset next to a character the engine cares about (a digit, a quote mark, a space), else anywhere. */
function near(text: string, rng: Prng, re: RegExp): number {
  const found = offsetsOf(text, re);
  if (found.length === 0) return anywhere(text, rng);
  return found[rng.int(found.length)] + rng.int(2);
}

/** Replaces some of the matches of re (each with probability p) by what pick returns. */
function replaceSome(text: string, rng: Prng, re: RegExp, p: number, pick: (m: string) => string): string {
  return text.replace(re, (m) => (rng.next() < p ? pick(m) : m));
}

const insertNear = (re: RegExp, choices: readonly string[]) => (text: string, rng: Prng) => {
  let out = text;
  for (let n = 1 + rng.int(4); n > 0; n--) out = splice(out, near(out, rng, re), 0, rng.pick(choices));
  return out;
};

const FEATURE = /[\d"\u201c\u201d\u2018\u2019 ]/g;

export const MUTATIONS: readonly Mutation[] = [
  { name: 'insert quote marks', apply: insertNear(FEATURE, QUOTE_MARKS) },
  { name: 'delete quote marks', apply: (t, r) => replaceSome(t, r, /["\u201c\u201d\u2018\u2019\u00ab\u00bb]/g, 0.3, () => '') },
  { name: 'swap quote styles', apply: (t, r) => replaceSome(t, r, /["\u201c\u201d\u2018\u2019]/g, 0.5, () => r.pick(QUOTE_MARKS)) },
  { name: 'thousands of quote marks', apply: (t, r) => splice(t, anywhere(t, r), 0, Array.from({ length: 1000 + r.int(3000) }, () => r.pick(QUOTE_MARKS)).join(r.int(2) ? '' : ' ')) },
  { name: 'drop the dateline', apply: (t) => t.slice(t.indexOf('\n') + 1) },
  { name: 'break the dateline', apply: (t, r) => splice(t, r.int(Math.min(t.length, 20)), r.int(3), r.pick(['', ' ', '\n', '-', '\u00a0', '0'])) },
  { name: 'CRLF line ends', apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'lone CR line ends', apply: (t) => t.replace(/\r?\n/g, '\r') },
  { name: 'mixed line ends', apply: (t, r) => t.replace(/\r?\n/g, () => r.pick(LINE_BREAKS)) },
  { name: 'Unicode line and paragraph separators', apply: (t, r) => replaceSome(t, r, /\n\n|\n| /g, 0.3, (m) => (m === '\n\n' ? '\u2029' : '\u2028')) },
  { name: 'a byte order mark', apply: (t, r) => (r.int(2) ? '\ufeff' + t : splice(t, anywhere(t, r), 0, '\ufeff')) },
  { name: 'NUL and control characters', apply: (t, r) => splice(t, anywhere(t, r), 0, String.fromCharCode(r.int(32)).repeat(1 + r.int(3))) },
  { name: 'binary junk', apply: (t, r) => splice(t, anywhere(t, r), 0, Array.from({ length: 1 + r.int(200) }, () => String.fromCharCode(r.int(0x10000))).join('')) },
  { name: 'lone surrogates', apply: (t, r) => splice(t, anywhere(t, r), 0, String.fromCharCode(0xd800 + r.int(0x800))) },
  { name: 'a cut inside a character', apply: (t, r) => t.slice(0, anywhere(t, r)) },
  { name: 'a very long word', apply: (t, r) => splice(t, near(t, r, / /g), 0, r.pick(['a', 'X', '7', '-', '.', '\u00e9', '$', '%']).repeat(1000 + r.int(20000))) },
  { name: 'a very long number', apply: (t, r) => splice(t, near(t, r, /\d/g), 0, Array.from({ length: 20 + r.int(400) }, () => r.pick(['9', '9', '0', ',', '.'])).join('')) },
  { name: 'right-to-left text', apply: insertNear(FEATURE, RTL_WORDS) },
  { name: 'invisible characters', apply: insertNear(/[\w"\u201c\u201d]/g, INVISIBLE) },
  { name: 'combining marks', apply: (t, r) => replaceSome(t, r, /[\p{L}\d"]/gu, 0.05, (m) => m + r.pick(COMBINING)) },
  // as some PDFs and macOS give text: "José" as "Jose" and U+0301
  { name: 'decomposed accents', apply: (t, r) => replaceSome(t, r, /[aeioucnAEIOUCN]/g, 0.3, (c) => c + r.pick(['\u0301', '\u0300', '\u0308', '\u0302', '\u0327', '\u0303'])) },
  { name: 'emoji', apply: insertNear(FEATURE, EMOJI) },
  { name: 'Unicode spaces', apply: (t, r) => replaceSome(t, r, / /g, 0.3, () => r.pick(SPACES)) },
  { name: 'tabs and form feeds', apply: (t, r) => replaceSome(t, r, / |\n/g, 0.2, () => r.pick(['\t', '\f', '\v', '\t\t'])) },
  { name: 'full-width and other digits', apply: (t, r) => {
    const base = r.pick([0xff10, 0x0660, 0x06f0, 0x0966, 0x1d7ce]);
    return replaceSome(t, r, /\d/g, 0.7, (d) => String.fromCodePoint(base + Number(d)));
  } },
  { name: 'full-width punctuation', apply: (t, r) => replaceSome(t, r, /[%$,.:;!?()-]/g, 0.5, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) },
  { name: 'letters in another case', apply: (t, r) => (r.int(2) ? t.toUpperCase() : t.toLowerCase()) },
  { name: 'delete characters', apply: (t, r) => {
    let out = t;
    for (let n = 1 + r.int(20); n > 0; n--) out = splice(out, anywhere(out, r), 1 + r.int(5), '');
    return out;
  } },
  { name: 'duplicate a slice', apply: (t, r) => {
    const at = anywhere(t, r);
    return splice(t, anywhere(t, r), 0, t.slice(at, at + r.int(300)));
  } },
  { name: 'shuffle lines', apply: (t, r) => {
    const lines = t.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  } },
  // about 100 to 400 KB however often it is chosen: big enough to find quadratic stages, small enough to run thousands
  { name: 'a huge file', apply: (t, r) => (t + '\n\n').repeat(Math.ceil((100_000 + r.int(300_000)) / (t.length + 2))).slice(0, 400_000) },
  { name: 'a line break inside a word or number', apply: insertNear(/[\p{L}\d][\p{L}\d,.]/gu, LINE_BREAKS) },
  { name: 'engine words', apply: (t, r) => {
    let out = t;
    for (let n = 1 + r.int(12); n > 0; n--) out = splice(out, near(out, r, /[ \n]/g), 0, r.pick(ENGINE_WORDS) + r.pick([' ', '', '\n', ', ']));
    return out;
  } },
  { name: 'word soup', apply: (t, r) => {
    const words = t.split(/(\s+)/);
    return Array.from({ length: 20 + r.int(400) }, () => (r.int(4) ? r.pick(words) : r.pick(ENGINE_WORDS))).join(r.pick([' ', '', '\n']));
  } },
  { name: 'another dateline year', apply: (t, r) => t.replace(/^(\S*\s*)\d{4}/, (_, lead: string) => lead + r.pick(['0000', '0001', '0999', '1000', '1582', '1900', '2099', '9998', '9999'])) },
  { name: 'blank or whitespace only', apply: (_t, r) => r.pick(['', ' ', '\n', '\r\n\r\n', '\ufeff', '\u2029', '"', '\u201c', '0', '\t\f\v']) },
];

/** Applies 1 to 3 mutations chosen by rng; returns the text and their names. */
export function mutate(text: string, rng: Prng, mutations: readonly Mutation[] = MUTATIONS): { text: string; names: string[] } {
  const names: string[] = [];
  let out = text;
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const m = rng.pick(mutations);
    names.push(m.name);
    out = m.apply(out, rng);
  }
  return { text: out, names };
}
