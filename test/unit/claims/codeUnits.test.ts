import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnits, startUnits, writeUnits } from '../../../src/core/extractors/claims/codeUnits';

const unitsOf = (units: Uint16Array, length: number): number[] => Array.from(units.subarray(0, length));
const charCodes = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('codeUnits', () => {
  const rows = [
    { text: 'Rents', expect: [82, 101, 110, 116, 115] },
    { text: 'caf\u00E9 \u201Cok\u201D', expect: [99, 97, 102, 0xe9, 32, 0x201c, 111, 107, 0x201d] },
    { text: 'a\uD800b\uDC00', expect: [97, 0xd800, 98, 0xdc00] }, // lone surrogates stay as they are
    { text: '', expect: [] },
  ];
  for (const row of rows) {
    it(`holds the code units of ${JSON.stringify(row.text)}`, () => {
      assert.deepEqual(unitsOf(codeUnits(row.text), row.text.length), row.expect);
    });
  }
  it('keeps the document while other texts come and go', () => {
    const doc = 'The document, longer than the rest.';
    const units = startUnits(doc);
    codeUnits('another text');
    assert.equal(codeUnits(doc), units);
    assert.deepEqual(unitsOf(units, doc.length), charCodes(doc));
  });
  it('writes a new document over the last one', () => {
    startUnits('first document');
    assert.deepEqual(unitsOf(startUnits('second'), 6), charCodes('second'));
    assert.notDeepEqual(unitsOf(codeUnits('first document'), 5), charCodes('secon'));
  });
  it('agrees with charCodeAt on any text, long ones included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 5000 }), (text) => {
      assert.deepEqual(unitsOf(codeUnits(text), text.length), charCodes(text));
    }));
  });
});

describe('writeUnits (the loop where no Node Buffer is)', () => {
  const rows = [
    { text: 'ab', expect: [97, 98, 0] },
    { text: 'a\uD800\u201C', expect: [97, 0xd800, 0x201c] },
    { text: '', expect: [0, 0, 0] }, // writes nothing past the text
  ];
  for (const row of rows) {
    it(`writes the code units of ${JSON.stringify(row.text)}`, () => {
      const units = new Uint16Array(3);
      writeUnits(row.text, units);
      assert.deepEqual(Array.from(units), row.expect);
    });
  }
  it('agrees with charCodeAt on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const units = new Uint16Array(text.length);
      writeUnits(text, units);
      assert.deepEqual(Array.from(units), charCodes(text));
    }));
  });
});
