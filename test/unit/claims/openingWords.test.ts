import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { opensWithGreeting, opensWithQuestionWord } from '../../../src/core/extractors/claims/openingWords';

/** The regexes the two functions stand for. */
const WH = /^\s*(?:what|why|how|who|whom|which|when|where|do|does|did|is|are|can|could|would|will|should)\b/i;
const GREETING = /^\s*(?:thank|thanks|welcome|good (?:evening|morning|afternoon)|hello|ladies|congratulations)/i;

describe('openingWords', () => {
  const rows = [
    { text: 'Why now?', question: true, greeting: false },
    { text: '  DOES it matter', question: true, greeting: false },
    { text: "What's next", question: true, greeting: false }, // the apostrophe ends the word
    { text: 'Whyte said so', question: false, greeting: false }, // a longer word is another word
    { text: 'Do_it', question: false, greeting: false },
    { text: '"Why now?"', question: false, greeting: false }, // a quote mark comes first
    { text: 'Thankfully, it worked', question: false, greeting: true }, // a greeting is a prefix
    { text: '\u00a0good morning, all', question: false, greeting: true },
    { text: 'Good  morning', question: false, greeting: false }, // one space only, as the pattern says
    { text: 'Good news came.', question: false, greeting: false },
    { text: '', question: false, greeting: false },
  ];
  for (const row of rows) {
    it(`reads the opening of ${JSON.stringify(row.text)}`, () => {
      assert.equal(opensWithQuestionWord(row.text), row.question);
      assert.equal(opensWithGreeting(row.text), row.greeting);
    });
  }
  it('agrees with the regexes on generated openings', () => {
    const pieces = fc.constantFrom(' ', '\u00a0', 'what', 'Why', 'do', 'does', 'IS', 'should', 'thank', 'Good', 'good ', 'morning', 'hello', 'x', '_', "'", '2', '"', 'é');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      assert.equal(opensWithQuestionWord(text), WH.test(text));
      assert.equal(opensWithGreeting(text), GREETING.test(text));
    }));
  });
});
