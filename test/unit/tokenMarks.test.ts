import * as assert from 'node:assert/strict';
import { QUALIFIES_AFTER, UNIT_LISTED, canStart, isNumberCore, mayBridge } from '../../src/core/extractors/figures/tokenMarks';
import { toTokens } from '../../src/core/extractors/figures/tokens';
import { GROUP_WORDS, NEGATIVE_WORDS, SCALES, VAGUE_SCALES } from '../../src/core/lexicon/numberWords';
import { MULTIPLIER_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, UNIT_ADJECTIVES, VAGUE_MULTIPLES } from '../../src/core/lexicon/qualifiers';
import { COUNT_ADJECTIVES, IRREGULAR_PLURALS, STAND_IN_PLURALS } from '../../src/core/lexicon/countNouns';
import { CURRENCY_ABBREVIATIONS, CURRENCY_AFTER, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, POUND_NAMES } from '../../src/core/lexicon/currencies';
import { PERCENT_NAMES, UNIT_NAMES, UNIT_SYMBOLS } from '../../src/core/lexicon/units';

/** What the tokenizer marks on the first token of each text. */
const rows: ReadonlyArray<{ text: string; starts: boolean; number: boolean; bridges: boolean }> = [
  { text: 'seven', starts: true, number: true, bridges: false },
  { text: 'Seven', starts: true, number: true, bridges: false }, // any case
  { text: 'MILLION', starts: true, number: true, bridges: false },
  { text: 'about', starts: true, number: false, bridges: true },
  { text: 'Between', starts: true, number: false, bridges: true },
  { text: '$', starts: true, number: false, bridges: true },
  { text: '½', starts: true, number: true, bridges: true },
  { text: '1,500', starts: true, number: true, bridges: false },
  { text: 'twice', starts: true, number: true, bridges: false },
  { text: 'the', starts: false, number: false, bridges: true }, // of "on the order of"
  { text: 'TEN', starts: true, number: true, bridges: false }, // a short word, in any case
  { text: 'In', starts: true, number: false, bridges: true }, // of "in excess of"
  { text: 'he', starts: false, number: false, bridges: false }, // a short word on no list
  { text: 'zzz', starts: false, number: false, bridges: false },
  { text: 'than', starts: false, number: false, bridges: true },
  { text: 'HK', starts: true, number: false, bridges: true }, // of "HK$"
  { text: 'Rs', starts: true, number: false, bridges: true },
  { text: 'usd', starts: true, number: false, bridges: true },
  { text: 'seventy-one', starts: true, number: true, bridges: false },
  { text: "one's", starts: false, number: false, bridges: true }, // a word with an apostrophe is on no list, so may be anything
  { text: 'sevén', starts: false, number: false, bridges: true }, // nor one with other letters
  { text: 'troops', starts: false, number: false, bridges: false },
  { text: 'fee', starts: false, number: false, bridges: false },
  { text: '.', starts: false, number: false, bridges: true },
];

describe('tokenMarks: what a token may start and whether it carries a number', () => {
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → starts ${row.starts}, number ${row.number}, bridges ${row.bridges}`, () => {
      const [first] = toTokens(row.text);
      assert.equal(canStart(first), row.starts);
      assert.equal(isNumberCore(first), row.number);
      assert.equal(mayBridge(first), row.bridges);
    });
  }
});

/**
 * Readers skip looking these tables up for a token that carries no number,
 * so every word in them must carry one, in any case: else a figure is lost.
 */
const numberTables: ReadonlyArray<{ name: string; words: Iterable<string> }> = [
  { name: 'SCALES', words: SCALES.keys() },
  { name: 'VAGUE_SCALES', words: VAGUE_SCALES.keys() },
  { name: 'GROUP_WORDS', words: GROUP_WORDS.keys() },
  { name: 'NEGATIVE_WORDS', words: NEGATIVE_WORDS },
  { name: 'MULTIPLIER_WORDS', words: MULTIPLIER_WORDS.keys() },
  { name: 'VAGUE_MULTIPLES', words: VAGUE_MULTIPLES },
];

describe('tokenMarks: every word of a number table carries a number', () => {
  for (const table of numberTables) {
    it(`${table.name}, lower and upper case`, () => {
      for (const word of table.words) {
        for (const written of [word, word.toUpperCase()]) {
          const tokens = toTokens(written);
          if (tokens.length === 1 && tokens[0].lower === word) assert.ok(isNumberCore(tokens[0]), written);
        }
      }
    });
  }
  it('a word on none of them carries none', () => {
    assert.equal(isNumberCore(toTokens('Theory')[0]), false);
    assert.equal(isNumberCore(toTokens('troops')[0]), false);
  });
});

/** Whether the tokenizer marks the first token of each text as on a unit reader's list. */
const unitRows: ReadonlyArray<{ text: string; listed: boolean }> = [
  { text: 'tonnes', listed: true },
  { text: 'Percent', listed: true },
  { text: 'people', listed: true },
  { text: 'says', listed: false }, // a plural that counts nothing is told apart by the reader, not the tokenizer
  { text: 'KM', listed: true }, // the first word of "km/h", in any case
  { text: 'Kč', listed: true }, // beyond ASCII, so marked to be safe
  { text: '%', listed: true },
  { text: '(kg)', listed: true }, // a bracket may hold a unit symbol
  { text: '$', listed: true },
  { text: 'jobs', listed: false },
  { text: 'the', listed: false },
  { text: 'he', listed: false },
  { text: ',', listed: false },
  { text: '2024', listed: false },
];

describe('tokenMarks: words the unit reader may find on a list', () => {
  for (const row of unitRows) {
    it(`${JSON.stringify(row.text)} → listed ${row.listed}`, () => {
      assert.equal((toTokens(row.text)[0].marks & UNIT_LISTED) !== 0, row.listed);
    });
  }
});

/**
 * readUnitAfter skips its lists at a word without the mark, so the first
 * word of every name or symbol on them must have it, in any case: else a unit is lost.
 */
const unitTables: ReadonlyArray<{ name: string; words: Iterable<string> }> = [
  { name: 'PERCENT_NAMES', words: PERCENT_NAMES.map(([name]) => name) },
  { name: 'POUND_NAMES', words: POUND_NAMES },
  { name: 'CURRENCY_SYMBOLS', words: CURRENCY_SYMBOLS.keys() },
  { name: 'CURRENCY_AFTER', words: CURRENCY_AFTER.keys() },
  { name: 'CURRENCY_NAMES', words: CURRENCY_NAMES.keys() },
  { name: 'CURRENCY_CODES', words: [...CURRENCY_CODES].flatMap((c) => [c, `M${c}`]) },
  { name: 'UNIT_ADJECTIVES', words: UNIT_ADJECTIVES },
  { name: 'UNIT_NAMES', words: UNIT_NAMES.keys() },
  { name: 'UNIT_SYMBOLS', words: UNIT_SYMBOLS.keys() },
  { name: 'STAND_IN_PLURALS', words: STAND_IN_PLURALS },
  { name: 'COUNT_ADJECTIVES', words: COUNT_ADJECTIVES },
  { name: 'IRREGULAR_PLURALS', words: IRREGULAR_PLURALS },
  { name: 'multipliers after a number', words: ['times', 'fold'] },
];

/** Asserts that the first token of every name, in any case, has the mark and is no number (numbers never have it). */
function assertFirstMarked(names: Iterable<string>, mark: number): void {
  for (const name of names) {
    for (const written of [name, name.toLowerCase(), name.toUpperCase()]) {
      const [first] = toTokens(written);
      assert.notEqual(first.type, 'num', written);
      assert.ok((first.marks & mark) !== 0, written);
    }
  }
}

describe('tokenMarks: every first word or sign of a unit reader\'s list is marked', () => {
  for (const table of unitTables) {
    it(`${table.name}, as written, lower and upper case`, () => assertFirstMarked(table.words, UNIT_LISTED));
  }
});

describe('tokenMarks: qualifiers after a number', () => {
  it('every first word or sign of QUALIFIERS_AFTER is marked', () => assertFirstMarked(QUALIFIERS_AFTER, QUALIFIES_AFTER));
  it('a comma is not', () => assert.equal(toTokens(',')[0].marks & QUALIFIES_AFTER, 0));
});

describe('tokenMarks: no qualifier or currency before a number opens with digits', () => {
  for (const [name, words] of [['QUALIFIERS_BEFORE', QUALIFIERS_BEFORE], ['CURRENCY_ABBREVIATIONS', [...CURRENCY_ABBREVIATIONS.keys()]]] as const) {
    it(name, () => {
      for (const word of words) assert.notEqual(toTokens(word)[0].type, 'num', word);
    });
  }
});
