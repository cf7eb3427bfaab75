import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

describe('paragraphs', () => {
  const rows = [
    { name: 'blank lines split', text: 'date 2024-01-02 T\n\nOne.\n\nTwo.', expect: ['One.', 'Two.'] },
    { name: 'several blank lines and spaces', text: 'One.\n \n\t\n\nTwo.  ', expect: ['One.', 'Two.'] },
    { name: 'CRLF', text: 'date 2024-01-02 T\r\n\r\nOne.\r\n\r\nTwo.\r\n', expect: ['One.', 'Two.'] },
    { name: 'a single line break keeps the paragraph', text: 'One\nstill one.\n\nTwo.', expect: ['One\nstill one.', 'Two.'] },
    // a CRLF is one line break, never a blank line: hard-wrapped Windows files keep their paragraphs
    { name: 'a single CRLF keeps the paragraph', text: 'One\r\nstill one.\r\n\r\nTwo.', expect: ['One\r\nstill one.', 'Two.'] },
    { name: 'a quotation wrapped at a CRLF', text: 'He said "We will\r\nact now," and left.', expect: ['He said "We will\r\nact now," and left.'] },
    { name: 'CR-only blank lines split', text: 'One\rstill one.\r\rTwo.', expect: ['One\rstill one.', 'Two.'] },
    { name: 'an LF then a CRLF is a blank line', text: 'One\n\r\nTwo', expect: ['One', 'Two'] },
    { name: 'a line break after a finished sentence splits', text: 'One ends.\nTwo starts.\n"Three," she said.', expect: ['One ends.', 'Two starts.', '"Three," she said.'] },
    { name: 'a line break after a closed quotation splits', text: 'He said "no."\nThen he left.', expect: ['He said "no."', 'Then he left.'] },
    { name: 'a line break before a lower-case word keeps the paragraph', text: 'It cost 5 p.\nper unit.', expect: ['It cost 5 p.\nper unit.'] },
    // each item of a list stands alone, after a lead-in or an item that ends with punctuation or none
    { name: 'list items after a lead-in', text: 'Measures:\n- £12m for roads;\n- 40 staff\n- no closures.', expect: ['Measures:', '- £12m for roads;', '- 40 staff', '- no closures.'] },
    { name: 'numbered and bulleted items', text: 'Steps:\n1. Pay the fee\n2) Sign here\n• Wait', expect: ['Steps:', '1. Pay the fee', '2) Sign here', '• Wait'] },
    { name: 'an item wrapped onto a second line', text: 'Parts:\n- a tax credit for families under\n  $40,000 a year\n- 200 new buses', expect: ['Parts:', '- a tax credit for families under\n  $40,000 a year', '- 200 new buses'] },
    // negative rows: a dash after a line that runs on, a number that continues the line, are no list
    { name: 'a dash on a wrapped line keeps the paragraph', text: 'He said it was fine\n- and left at once.', expect: ['He said it was fine\n- and left at once.'] },
    { name: 'a number on a wrapped line keeps the paragraph', text: 'The fund grew by\n12.5 percent.', expect: ['The fund grew by\n12.5 percent.'] },
    { name: 'BOM without a dateline', text: '\uFEFFOne.', expect: ['One.'] },
    { name: 'empty file', text: '', expect: [] },
    { name: 'only white space', text: ' \n\n \n', expect: [] },
    { name: 'only the dateline', text: 'date 2024-01-02 Alone', expect: [] },
  ];
  for (const row of rows) {
    it(`splits paragraphs: ${row.name}`, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.deepEqual(a.paragraphs.map((p) => row.text.slice(p.start, p.end)), row.expect);
      assert.deepEqual(a.paragraphs.map((p) => p.id), row.expect.map((_, i) => `p${i + 1}`));
    });
  }
});
