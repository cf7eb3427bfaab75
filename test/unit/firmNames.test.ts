import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Every entity as "name type". */
const entities = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.entities.map((e) => `${e.name} ${e.type}`);
};

// "X & Co", "X & Sons", "X & Partners": the ampersand is inside one firm's name.
describe('a firm named with an ampersand', () => {
  const rows = [
    { name: '& Co as a subject', text: 'Brandt & Co said the offer was fair.', expect: ['Brandt & Co organization'] },
    { name: '& Sons speaking a quote', text: 'Ruiz & Sons said it was "a fair deal."', expect: ['Ruiz & Sons organization'] },
    { name: '& Partners after a comma', text: 'Later, Vell & Partners said it was pleased.', expect: ['Vell & Partners organization'] },
    { name: 'a brand with a glued ampersand', text: 'AT&T said the offer was fair.', expect: ['AT&T organization'] },
    // negative rows: letters joined by an ampersand in lower-case prose are no firm, and a plain name is kept as it was
    { name: 'R&D is no firm', text: 'Spending on R&D rose. Dana Kell said the offer was fair.', expect: ['Dana Kell person'] },
    { name: 'a plain company name', text: 'Vell Partners said it was pleased.', expect: ['Vell Partners organization'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(entities(r.text), r.expect));
});
