import * as assert from 'node:assert/strict';
import { isPersonNoun } from '../../src/core/extractors/describedAsPerson';
import { KeyTable, hashKey } from '../../src/core/extractors/keyTable';
import { personName } from '../../src/core/extractors/personName';
import { isFiniteVerb } from '../../src/core/extractors/verbForms';
import { FINITE, LEXICON, classesOf, classesOfKey } from '../../src/core/extractors/wordClasses';
import { wordFlags } from '../../src/core/extractors/wordFlags';
import { words } from '../../src/core/extractors/words';

// The character-code tests that replaced regexes, each checked against the regex it replaced.

describe('KeyTable.slotAt', () => {
  const table = new KeyTable(
    new Map([
      ['the', 1],
      ['said', 2],
      ['u.s', 3],
      ['o’neill', 4],
      ['zero', 0],
    ]),
  );
  const rows = [
    { text: 'the', expect: 'the' },
    { text: 'The', expect: 'the' },
    { text: 'SAID', expect: 'said' },
    { text: 'U.S', expect: 'u.s' },
    { text: 'O’Neill', expect: 'o’neill' },
    { text: 'then', expect: null },
    { text: 'th', expect: null },
    { text: 'Okafor', expect: null },
    // A key stored with 0 is no key, as get() answers 0 for it too.
    { text: 'zero', expect: null },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.text)}`, () => {
      const lower = row.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
      const slot = table.slotAt(`  ${row.text}  `, 2, 2 + row.text.length, hashKey(lower));
      assert.equal(slot < 0 ? null : table.keyAt(slot), row.expect);
      assert.equal(slot < 0 ? 0 : table.valueAt(slot), table.get(lower));
    });
  }

  // A word whose hash matched a key (given here as the key's own hash) must still read as that key, to its last character.
  const long = new KeyTable(
    new Map([
      ['senator', 1],
      ['govern', 2],
      ['spokeswoman', 3],
      ['counterterrorism', 4],
      ['o’neill', 5],
    ]),
  );
  const collisions = [
    { text: 'senato', key: 'senator', expect: null },
    { text: 'Senator', key: 'senator', expect: 'senator' },
    { text: 'senators', key: 'senator', expect: null },
    { text: 'governor', key: 'govern', expect: null },
    { text: 'GOVERN', key: 'govern', expect: 'govern' },
    { text: 'spokeswomen', key: 'spokeswoman', expect: null },
    { text: 'spokeswoman', key: 'spokeswoman', expect: 'spokeswoman' },
    { text: 'Counterterrorism', key: 'counterterrorism', expect: 'counterterrorism' },
    { text: 'counterterrorisn', key: 'counterterrorism', expect: null },
    { text: 'o’neil', key: 'o’neill', expect: null },
    { text: 'O’Neill', key: 'o’neill', expect: 'o’neill' },
    { text: 'o5neill', key: 'o’neill', expect: null },
  ];
  for (const row of collisions) {
    it(`reads ${JSON.stringify(row.text)} under the hash of ${JSON.stringify(row.key)} as ${row.expect}`, () => {
      const slot = long.slotAt(` ${row.text}.`, 1, 1 + row.text.length, hashKey(row.key));
      assert.equal(slot < 0 ? null : long.keyAt(slot), row.expect);
    });
  }
});

describe('words read their lexicon classes as they are cut', () => {
  const rows = [
    { text: 'The', key: 'the' },
    { text: 'HE', key: 'he' },
    { text: 'said', key: 'said' },
    { text: 'Said', key: 'said' },
    { text: 'Sen.', key: 'sen' },
    { text: 'U.S.', key: 'u.s' },
    { text: 'O’Neill', key: 'o’neill' },
    { text: 'Élodie', key: 'élodie' },
    { text: "isn't", key: "isn't" },
    { text: 'Okafor', key: 'okafor' },
    { text: 'Ministers', key: 'ministers' },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      const [w] = words(row.text, 0, row.text.length);
      assert.equal(w.key, row.key);
      assert.equal(classesOf(w), classesOfKey(row.key));
      assert.equal(classesOf(w), LEXICON.get(row.key));
    });
  }

  it('keys a word cut by the end of its range by its whole run of letters', () => {
    const text = 'One two. Three four.';
    const cut = words(text, 4, 13).at(-1)!;
    assert.deepEqual([cut.text, cut.key], ['Thre', 'three']);
  });
});

describe('isPersonNoun', () => {
  const REFERENCE = /(?:ist|er|or|ian|man|woman|eon|ent|ant)$/;
  const rows = ['economist', 'organizer', 'governor', 'historian', 'spokeswoman', 'neurosurgeon', 'resident', 'consultant', 'plan', 'the', 'r', 'er', 'st', 'ant', 'list', 'mist', 'iron'];
  for (const key of rows) {
    it(`reads ${JSON.stringify(key)} as the regex does`, () => {
      assert.equal(isPersonNoun(key), REFERENCE.test(key));
    });
  }
});

describe('isFiniteVerb by ending', () => {
  const NOT_VERB_S = /(?:ss|us|is|ics|ous|['’]s)$/;
  const rows = ['cites', 'runs', 'status', 'basis', 'politics', 'famous', 'boss', 'campus', "boss's", 'okafor’s', 'knocked', 'went', 'tics', 'ics', 'abcs'];
  for (const key of rows) {
    it(`reads ${JSON.stringify(key)}`, () => {
      const [w] = words(key, 0, key.length);
      const reference = key.length > 3 && (key.endsWith('ed') || (key.endsWith('s') && !NOT_VERB_S.test(key)));
      assert.equal(isFiniteVerb(w), reference || (classesOf(w) & FINITE) !== 0);
    });
  }
});

describe('personName reads acronyms as organisations', () => {
  const rows = [
    { text: 'ZQXW', expect: 'organization' },
    { text: 'Z.Q.', expect: 'organization' },
    { text: 'ÜÖ', expect: 'organization' },
    { text: 'Zqxw', expect: 'person' },
    { text: 'Z', expect: 'person' },
    { text: 'ZQx', expect: 'person' },
  ];
  for (const row of rows) {
    it(`types ${JSON.stringify(row.text)}`, () => {
      const ws = words(row.text, 0, row.text.length);
      assert.equal(personName(row.text, ws, 0, ws.length - 1)?.type, row.expect);
    });
  }
});

describe('personName reads no name from a lone time or function word', () => {
  const rows = [
    { text: 'Friday', expect: null },
    { text: 'March', expect: null },
    { text: 'Friday Okafor', expect: 'Friday Okafor' },
    { text: 'Okafor', expect: 'Okafor' },
    // A pronoun for anyone or no one, capitalised at a sentence's start.
    { text: 'Nothing', expect: null },
    { text: 'Everyone', expect: null },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)} as ${row.expect}`, () => {
      const ws = words(row.text, 0, row.text.length);
      assert.equal(personName(row.text, ws, 0, ws.length - 1)?.name ?? null, row.expect);
    });
  }
});

describe('personName reads capitalised words before a given name as a title', () => {
  const rows = [
    { text: 'Rival Harriet Lorne', name: 'Harriet Lorne', role: 'Rival' },
    { text: 'Comedian Sarah Goldfarb', name: 'Sarah Goldfarb', role: 'Comedian' },
    { text: 'Mary Ann Smith', name: 'Mary Ann Smith', role: null },
    { text: 'J. Gerald Tindall', name: 'J. Gerald Tindall', role: null },
    { text: 'Okafor Harriet', name: 'Okafor Harriet', role: null },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)} as ${row.name}, role ${row.role}`, () => {
      const ws = words(row.text, 0, row.text.length);
      const parts = personName(row.text, ws, 0, ws.length - 1);
      assert.deepEqual([parts?.name, parts?.role], [row.name, row.role]);
    });
  }
});

describe('wordFlags', () => {
  const rows = [
    { words: 0, expect: 0 },
    { words: 300, expect: 0 },
    { words: 70_000, expect: 0 },
  ];
  for (const row of rows) {
    it(`gives ${row.words} cleared flags`, () => {
      const flags = wordFlags(row.words);
      assert.ok(flags.length >= row.words);
      assert.equal(flags.subarray(0, row.words).reduce((n, f) => n + f, 0), row.expect);
    });
  }

  it('gives a long article a block of its own, so the kept one does not grow', () => {
    assert.notEqual(wordFlags(70_000), wordFlags(10));
    assert.equal(wordFlags(10), wordFlags(20));
  });
});

describe('personName leaves a title in the plural out of the name', () => {
  const rows = [
    { text: 'Republicans Kell', expect: 'Kell' },
    { text: 'Democrats Dana Kell', expect: 'Dana Kell' },
    // negative rows: a surname or given name ending in -s is no plural of a title
    { text: 'Jones Kell', expect: 'Jones Kell' },
    { text: 'Francis Kell', expect: 'Francis Kell' },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)} as ${row.expect}`, () => {
      const ws = words(row.text, 0, row.text.length);
      assert.equal(personName(row.text, ws, 0, ws.length - 1)?.name ?? null, row.expect);
    });
  }
});
