import * as assert from 'node:assert/strict';
import { CLOCK_STARTS, DECADE_ENDS, DIGIT_JOINS, FISCAL_WORDS, FOUR_DIGITS, HALF_CODES, QUARTER_CODES, wordAnchors } from '../../src/core/extractors/dates/wordIndex';

/** The starts of a global regex's matches from `from` on: what each class of word forms stands for. */
function regexStarts(re: RegExp, text: string, from: number): number[] {
  const out: number[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

const forms: [name: string, id: number, re: RegExp][] = [
  ['FOUR_DIGITS', FOUR_DIGITS, /\b\d{4}\b/g],
  ['CLOCK_STARTS', CLOCK_STARTS, /\b(?:\d|noon|midnight)/gi],
  ['DECADE_ENDS', DECADE_ENDS, /0'?s\b|ties\b/gi],
  ['DIGIT_JOINS', DIGIT_JOINS, /\d(?:[/:-]\d|\s*[ap]\.?m\b)/gi],
  ['QUARTER_CODES', QUARTER_CODES, /Q[1-4]/g],
  ['HALF_CODES', HALF_CODES, /H[12]/g],
  // the words in any case, and an `FY` glued to digits in capitals only
  ['FISCAL_WORDS', FISCAL_WORDS, /\b(?:[Ff][Ii][Ss][Cc][Aa][Ll]|[Ff][Yy])\b|FY(?=\d)/g],
];

describe('wordIndex forms', () => {
  const rows: { text: string; from: number }[] = [
    { text: 'In 2014 and the 1990s, the parties met at noon, 10am and Midnight.', from: 0 },
    { text: "The '80s, the 1970's and the NINETIES; 12345 and 20x4 are no years.", from: 0 },
    { text: 'activities 1990s noonday midnights 1990\'sx 19900s', from: 0 },
    { text: 'authorities in 2020', from: 5 }, // `from` cuts a word: its end still counts
    { text: 'no numbers and no decades here', from: 0 },
    { text: 'At 10am, x5PM, 3/4, 1-2-3, 10 a.m., 2:30\u00a0pm, COVID-19, A4/5 and 7 apples', from: 0 },
    { text: 'at 12:30 and 9 pm', from: 5 }, // `from` cuts a number: matches start from it
    { text: '2023 2024-25 1 am2 8\n\npm.', from: 0 },
    { text: 'Q3 2022, 2021Q4, q2, Q5, H1 2024, 2024-H2, XH12, fiscal FY2024 FY 2023 fy, FISCAL fiscally FYI fy2020 Fy2021', from: 0 },
    { text: 'sales FY2019-20 XFY2021 Q1Q2', from: 9 }, // `from` cuts a code word: codes start from it
    { text: '', from: 0 },
  ];
  for (const { text, from } of rows) {
    for (const [name, id, re] of forms) {
      it(`${name} in "${text.slice(0, 30)}…" from ${from}: as the regex finds`, () => {
        assert.deepEqual(wordAnchors({ text, from, ref: null }, id), regexStarts(re, text, from));
      });
    }
  }
});
