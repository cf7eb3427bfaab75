import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { conjunctionEnd, isRelativeSubject, isReply, isTell } from '../../../src/core/extractors/claims/verbWords';

/** What the regexes these tests stand for say. */
const CONJUNCTION = /(?:but|and|while|whereas|although|though|yet)\s+/iy;
const byRegex = (seg: string, at: number): number => {
  CONJUNCTION.lastIndex = at;
  return CONJUNCTION.test(seg) ? CONJUNCTION.lastIndex : -1;
};

describe('verbWords', () => {
  const verbs: { text: string; tell: boolean; reply: boolean; relative: boolean }[] = [
    { text: 'told', tell: true, reply: false, relative: false },
    { text: 'Tells', tell: true, reply: false, relative: false },
    { text: 'talked', tell: false, reply: false, relative: false },
    { text: 'replied', tell: false, reply: true, relative: false },
    { text: 'Responded', tell: false, reply: true, relative: false },
    { text: 'answers', tell: false, reply: true, relative: false },
    { text: 'reacted', tell: false, reply: true, relative: false },
    { text: 'repeated', tell: false, reply: false, relative: false },
    { text: 'Which', tell: false, reply: false, relative: true },
    { text: 'whose', tell: false, reply: false, relative: true },
    { text: 'that is', tell: false, reply: false, relative: false },
    { text: 'th', tell: false, reply: false, relative: false },
  ];
  for (const row of verbs) {
    it(`reads ${JSON.stringify(row.text)} as the regexes do`, () => {
      assert.equal(isTell(row.text), row.tell);
      assert.equal(isReply(row.text), row.reply);
      assert.equal(isRelativeSubject(row.text), row.relative);
      assert.equal(isTell(row.text), /^t(?:ell|old)/i.test(row.text));
      assert.equal(isReply(row.text), /^(?:repl|respond|react|answer)/i.test(row.text));
      assert.equal(isRelativeSubject(row.text), /^(?:which|that|whose)$/i.test(row.text));
    });
  }

  const conjunctions: { text: string; at: number; expect: number }[] = [
    { text: 'x, but  Lee', at: 3, expect: 8 },
    { text: 'And\nthe mayor', at: 0, expect: 4 },
    { text: 'although it', at: 0, expect: 9 },
    { text: 'butter is', at: 0, expect: -1 },
    { text: 'but', at: 0, expect: -1 },
    { text: 'yet', at: 1, expect: -1 },
  ];
  for (const row of conjunctions) {
    it(`finds ${row.expect} for a conjunction at ${row.at} of ${JSON.stringify(row.text)}`, () => {
      assert.equal(conjunctionEnd(row.text, row.at), row.expect);
      assert.equal(conjunctionEnd(row.text, row.at), byRegex(row.text, row.at));
    });
  }
  it('finds what the regex finds, on any text', () => {
    const pieces = fc.constantFrom(' ', '  ', '\n', 'but', 'BUT', 'and', 'while', 'whereas', 'although', 'though', 'yet', 'x', '.', 'ter');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 8 }), fc.nat(12), (parts, at) => {
      const text = parts.join('');
      assert.equal(conjunctionEnd(text, at), byRegex(text, at));
    }));
  });
});
