import * as assert from 'node:assert/strict';
import { candidatesOf, describeClaim } from './candidatesOf';

describe('claims: a document named with its author or its subject opens a finding', () => {
  const rows = [
    {
      text: 'A survey by the harbour authority found that 40% of skippers want a new quay.',
      expect: '40% of skippers want a new quay. | the harbour authority | indirect',
    },
    {
      text: 'A survey of 900 skippers by the port authority found that most want a new quay.',
      expect: 'most want a new quay. | the port authority | indirect',
    },
    {
      text: 'A 2019 report by the harbour authority found that a small levy would raise 220 million euros.',
      expect: 'a small levy would raise 220 million euros. | the harbour authority | indirect',
    },
    {
      text: 'Minister Ana Lorne spoke on Monday.\n\nBut a recent review of Ana Lorne\'s emails seems to show that an aide briefed the press.',
      expect: "an aide briefed the press. | a recent review of Ana Lorne's emails | indirect",
    },
    // how or when the document came out, set off by commas
    {
      text: 'A report by the Riverside Patients Trust, released on Monday, found that one in five patients had waited more than a year.',
      expect: 'one in five patients had waited more than a year. | Riverside Patients Trust | indirect',
    },
    {
      text: 'A survey by the harbour authority, published in May, showed that 40% of skippers had lost income.',
      expect: '40% of skippers had lost income. | the harbour authority | indirect',
    },
    // a comma on one side only pairs nothing
    {
      text: 'A survey by the harbour authority, published in May showed that 40% of skippers had lost income.',
      expect: 'A survey by the harbour authority, published in May showed that 40% of skippers had lost income. | - | narrative',
    },
    // negatives: a document alone, and a finding with no document
    { text: 'A survey found that 40% of skippers want a new quay.', expect: '40% of skippers want a new quay. | A survey | indirect' },
    { text: 'A group of skippers found a leak in the new quay.', expect: 'A group of skippers found a leak in the new quay. | - | narrative' },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const claims = candidatesOf(row.text);
      assert.equal(describeClaim(claims[claims.length - 1]), row.expect);
    });
  }
});
