import * as assert from 'node:assert/strict';
import { parseDateline } from '../../src/core/segment/dateline';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

describe('parseDateline', () => {
  const rows = [
    { name: 'plain', text: 'date 2023-02-13 Talks resume\nBody.', date: '2023-02-13', headline: 'Talks resume', bodyStart: 29 },
    { name: 'leading space', text: ' date 2023-02-13 Talks resume\nBody.', date: '2023-02-13', headline: 'Talks resume', bodyStart: 30 },
    { name: 'CRLF', text: 'date 2023-02-13 Talks resume\r\nBody.', date: '2023-02-13', headline: 'Talks resume', bodyStart: 30 },
    { name: 'BOM', text: '\uFEFFdate 2023-02-13 Talks resume\nBody.', date: '2023-02-13', headline: 'Talks resume', bodyStart: 30 },
    { name: 'invalid date keeps the line', text: 'date 2023-02-30 Leap\nBody.', date: null, headline: 'Leap', bodyStart: 21 },
    { name: 'missing headline', text: 'date 2023-02-13\nBody.', date: '2023-02-13', headline: null, bodyStart: 16 },
    { name: 'only the dateline, no line break', text: 'date 2023-02-13 Alone', date: '2023-02-13', headline: 'Alone', bodyStart: 21 },
    { name: 'blank lines before it', text: '\n \t\n  date 2023-02-13 Talks resume\nBody.', date: '2023-02-13', headline: 'Talks resume', bodyStart: 35 },
    { name: 'a BOM and CRLF blank lines before it', text: '\uFEFF\r\n\r\ndate 2023-02-13 Talks\r\nBody.', date: '2023-02-13', headline: 'Talks', bodyStart: 28 },
    // text copied from a web page: no-break and other Unicode spaces between the parts
    { name: 'no-break spaces', text: 'date\u00a02023-02-13\u00a0Talks resume\nBody.', date: '2023-02-13', headline: 'Talks resume', bodyStart: 29 },
    { name: 'a narrow no-break space and a trailing one', text: '\u00a0date\u202f2023-02-13 Talks\u00a0\nBody.', date: '2023-02-13', headline: 'Talks', bodyStart: 24 },
    { name: 'an ideographic space', text: 'date\u30002023-02-13\u3000Talks\nBody.', date: '2023-02-13', headline: 'Talks', bodyStart: 22 },
  ];
  for (const row of rows) {
    it(`parses a dateline: ${row.name}`, () => {
      const parsed = parseDateline(row.text);
      assert.ok(parsed, 'expected a dateline');
      assert.equal(parsed.date, row.date);
      assert.equal(parsed.headline?.text ?? null, row.headline);
      assert.equal(parsed.bodyStart, row.bodyStart);
      for (const s of [parsed.line, parsed.keyword, parsed.dateText, ...(parsed.headline ? [parsed.headline] : [])]) {
        assert.equal(row.text.slice(s.start, s.end), s.text);
      }
    });
  }

  const negatives = [
    { name: 'ordinary prose', text: 'The meeting ended late.\nMore.' },
    { name: 'date on the second line', text: 'Headline\ndate 2023-02-13 Talks' },
    { name: 'no space after the keyword', text: 'date2023-02-13 Talks' },
    { name: 'a zero-width space after the keyword', text: 'date\u200b2023-02-13 Talks' },
    { name: 'short year', text: 'date 23-02-13 Talks' },
    { name: 'capitalised keyword', text: 'Date 2023-02-13 Talks' },
    { name: 'empty file', text: '' },
    { name: 'only blank lines', text: '\n \n\t\n' },
    { name: 'a dateline after a line of prose and a blank line', text: 'Draft\n\ndate 2023-02-13 Talks' },
  ];
  for (const row of negatives) {
    it(`rejects a non-dateline first line: ${row.name}`, () => {
      assert.equal(parseDateline(row.text), null);
    });
  }
});

describe('dateline stage: the reference date given by the caller', () => {
  const rows = [
    { name: 'a calendar date is used without a dateline', text: 'The vote is on Monday.', referenceDate: '2024-05-08', expect: { referenceDate: '2024-05-08', warned: false } },
    { name: 'no calendar date is left out and warned of', text: 'The vote is on Monday.', referenceDate: 'garbage', expect: { referenceDate: null, warned: true } },
    { name: 'an impossible day too', text: 'The vote is on Monday.', referenceDate: '2023-02-30', expect: { referenceDate: null, warned: true } },
    // negative: the dateline's date wins, and a good reference date is no warning
    { name: 'the dateline wins over a good one', text: 'date 2024-05-06 Vote\n\nThe vote is on Monday.', referenceDate: '2024-05-08', expect: { referenceDate: '2024-05-06', warned: false } },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = analyze(row.text, { referenceDate: row.referenceDate });
      checkInvariants(a);
      assert.deepEqual({ referenceDate: a.article.referenceDate, warned: a.warnings.some((w) => w.code === 'invalid-reference-date') }, row.expect);
    });
  }
});
