import * as assert from 'node:assert/strict';
import { mergeByOffset, sortByOffset } from '../../src/core/extractors/byOffset';
import { KeyTable, hashKey } from '../../src/core/extractors/keyTable';
import { possessiveEnd } from '../../src/core/extractors/phraseWords';
import { FINITE, INDIRECT, REPORTING, ROLE, classesOf, classesOfKey } from '../../src/core/extractors/wordClasses';
import { wordAfter, wordAt, words, wordsOf } from '../../src/core/extractors/words';

/** The tokenizer's reference: the regex it replaces, with the same full-stop rule. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*|[^\s\p{L}\p{N}]/gu;

describe('words', () => {
  const rows = [
    { text: 'Sen. Ana Ruiz said.', expect: ['Sen.', 'Ana', 'Ruiz', 'said', '.'] },
    { text: 'The U.S. and the U.K. agreed', expect: ['The', 'U.S.', 'and', 'the', 'U.K.', 'agreed'] },
    { text: 'Rep. Dana Kell (D-Ore.) spoke', expect: ['Rep.', 'Dana', 'Kell', '(', 'D-Ore.', ')', 'spoke'] },
    { text: 'J. Smith of Acme Inc. left', expect: ['J.', 'Smith', 'of', 'Acme', 'Inc.', 'left'] },
    { text: 'Okafor’s plan, isn\'t it?', expect: ['Okafor’s', 'plan', ',', "isn't", 'it', '?'] },
    { text: 'Élodie Brun a dit «non»', expect: ['Élodie', 'Brun', 'a', 'dit', '«', 'non', '»'] },
    { text: 'a 𝐀BC word 😀!', expect: ['a', '𝐀BC', 'word', '😀', '!'] },
    { text: 'It ended. Then', expect: ['It', 'ended', '.', 'Then'] },
    { text: '  \n\t ', expect: [] },
  ];
  for (const row of rows) {
    it(`splits ${JSON.stringify(row.text)}`, () => {
      const ws = words(row.text, 0, row.text.length);
      assert.deepEqual(
        ws.map((w) => w.text),
        row.expect,
      );
      for (const w of ws) assert.equal(row.text.slice(w.start, w.end), w.text);
    });
  }

  const keys = [
    { text: 'Sen.', expect: { key: 'sen', capital: true, punct: false } },
    { text: 'NATO', expect: { key: 'nato', capital: true, punct: false } },
    { text: 'said', expect: { key: 'said', capital: false, punct: false } },
    // A capitalised lexicon word is written as in the text, and keyed as the lexicon's.
    { text: 'The', expect: { key: 'the', capital: true, punct: false } },
    { text: 'There’s', expect: { key: 'there’s', capital: true, punct: false } },
    { text: 'McTavish', expect: { key: 'mctavish', capital: true, punct: false } },
    // A full stop kept by a word no lexicon holds stays out of its key.
    { text: 'Q.', expect: { key: 'q', capital: true, punct: false } },
    { text: 'R-Ky.', expect: { key: 'r-ky', capital: true, punct: false } },
    { text: '—', expect: { key: '—', capital: false, punct: true } },
    { text: '“', expect: { key: '“', capital: false, punct: true } },
    { text: '.', expect: { key: '', capital: false, punct: true } },
    { text: ',', expect: { key: ',', capital: false, punct: true } },
    // The first UTF-16 unit decides: an astral letter opening a word reads as punctuation.
    { text: '𝐀BC', expect: { key: '𝐀bc', capital: true, punct: true } },
  ];
  for (const row of keys) {
    it(`keys ${JSON.stringify(row.text)}`, () => {
      const [w] = words(row.text, 0, row.text.length);
      assert.equal(w.text, row.text);
      assert.deepEqual({ key: w.key, capital: w.capital, punct: w.punct }, row.expect);
    });
  }

  const texts = [
    'NATO Secretary General Jens Stoltenberg said: "We must act."',
    'Dr. O’Neill-Brandt, 54, met the Ph.D. students at 9 a.m. in D.C.',
    'Ünal İnce — “Σ”… 3.5% of R-Ky. voters; ½ of them (Ⅻ)',
    'mixed\u00a0spaces\u2003and\ufefftabs\tend',
  ];
  for (const text of texts) {
    it(`finds the regex's tokens in ${JSON.stringify(text.slice(0, 24))}…`, () => {
      const ws = words(text, 0, text.length);
      // A full stop kept by its abbreviation is no token of its own.
      const kept = new Set(ws.filter((w) => text[w.end - 1] === '.' && w.text.length > 1).map((w) => w.end - 1));
      const starts = [...text.matchAll(TOKEN)].map((m) => m.index).filter((at) => !kept.has(at));
      assert.deepEqual(
        ws.map((w) => w.start),
        starts,
      );
    });
  }

  it('stops at the end of its range', () => {
    const text = 'One two. Three four.';
    assert.deepEqual(
      words(text, 4, 13).map((w) => w.text),
      ['two', '.', 'Thre'],
    );
  });

  it('appends to the list it is given', () => {
    const text = 'A b. C d.';
    const out = words(text, 0, 4);
    words(text, 5, text.length, out);
    assert.deepEqual(
      out.map((w) => w.text),
      ['A', 'b', '.', 'C', 'd', '.'],
    );
  });

  it('finds words by offset, searching or stepping on', () => {
    const ws = words('aa bb cc dd', 0, 11);
    for (const at of [0, 1, 3, 5, 9, 11, 99]) {
      assert.equal(wordAfter(ws, at, 0), wordAt(ws, at));
      assert.equal(wordAfter(ws, at, 2), wordAt(ws, at));
    }
  });
});

describe('wordsOf', () => {
  // Spans as paragraphs give them; the list is sized ahead, so it must hold exactly what words() finds span by span.
  const rows = [
    { text: 'Okafor spoke.\n\nShe left.', spans: [[0, 13], [15, 24]], expect: ['Okafor', 'spoke', '.', 'She', 'left', '.'] },
    { text: '. . . . . . . . . . . . . .', spans: [[0, 27]], expect: Array<string>(14).fill('.') },
    { text: 'Sen. Kell', spans: [[0, 4], [5, 9]], expect: ['Sen.', 'Kell'] },
    { text: 'no spans here', spans: [], expect: [] },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)} span by span`, () => {
      const ws = wordsOf(row.text, row.spans.map(([start, end]) => ({ start, end })));
      assert.deepEqual(
        ws.map((w) => w.text),
        row.expect,
      );
      const bySpan = row.spans.flatMap(([start, end]) => words(row.text, start, end));
      assert.deepEqual(
        ws.map((w) => [w.start, w.end, w.key, w.capital, w.punct]),
        bySpan.map((w) => [w.start, w.end, w.key, w.capital, w.punct]),
      );
    });
  }
});

describe('wordClasses', () => {
  const rows = [
    { text: 'said', expect: REPORTING | INDIRECT | FINITE },
    { text: 'Said', expect: REPORTING | INDIRECT | FINITE },
    { text: 'minister', expect: ROLE },
    { text: 'Okafor', expect: 0 },
    { text: 'Ölçek', expect: 0 },
    { text: ',', expect: 0 },
  ];
  for (const row of rows) {
    it(`classes ${JSON.stringify(row.text)}`, () => {
      const [w] = words(row.text, 0, row.text.length);
      assert.equal(classesOf(w) & (REPORTING | INDIRECT | FINITE | ROLE), row.expect);
      assert.equal(classesOf(w), classesOfKey(w.key));
    });
  }
});

describe('possessiveEnd', () => {
  const rows = [
    { text: 'Okafor’s', expect: 2 },
    { text: "Okafor's", expect: 2 },
    { text: "Brandt'", expect: 1 },
    { text: 'Okafor', expect: 0 },
    { text: 'Okafors', expect: 0 },
    { text: "'s'", expect: 1 },
    { text: '', expect: 0 },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      assert.equal(possessiveEnd(row.text), row.expect);
      assert.equal(possessiveEnd(row.text), /['’]s?$/.exec(row.text)?.[0].length ?? 0);
    });
  }
});

describe('byOffset', () => {
  it('sorts stably and merges with the first list first on ties', () => {
    const a = sortByOffset([
      { at: 5, id: 'a5' },
      { at: 1, id: 'a1' },
      { at: 5, id: 'a5b' },
    ]);
    const b = sortByOffset([
      { at: 5, id: 'b5' },
      { at: 0, id: 'b0' },
    ]);
    assert.deepEqual(
      mergeByOffset(a, b).map((e) => e.id),
      ['b0', 'a1', 'a5', 'a5b', 'b5'],
    );
  });
});

describe('KeyTable', () => {
  const entries = new Map(Array.from({ length: 300 }, (_, i) => [`w${i}`, i + 1] as [string, number]));
  const table = new KeyTable(entries);
  const rows = [
    { key: 'w0', expect: 1 },
    { key: 'w299', expect: 300 },
    { key: 'w300', expect: 0 },
    { key: '', expect: 0 },
    { key: 'W1', expect: 0 },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.key)}`, () => {
      assert.equal(table.get(row.key), row.expect);
      assert.equal(table.get(row.key, hashKey(row.key)), row.expect);
    });
  }

  it('keeps every entry through collisions', () => {
    for (const [key, value] of entries) assert.equal(table.get(key), value);
  });
});
