import * as assert from 'node:assert/strict';
import { EntityBook } from '../../src/core/extractors/entityBook';

const span = (start: number) => ({ start, end: start + 5, text: 'Marsh' });

/** Mentions of one person at these starts, in this order; what the entity keeps. */
function mentionsAt(starts: readonly number[]): number[] {
  const book = new EntityBook();
  const d = book.byName('Elena Marsh', 'person', 'female', null, span(starts[0]));
  for (const start of starts.slice(1)) book.mention(d, span(start));
  return book.entities()[0].mentions.map((m) => m.start);
}

const ascending = (n: number) => Array.from({ length: n }, (_, i) => i * 10);

describe('EntityBook mentions', () => {
  const rows = [
    { name: 'a few, each kept once', starts: [0, 10, 20], expect: [0, 10, 20] },
    { name: 'a repeat of the latest is dropped', starts: [0, 10, 10], expect: [0, 10] },
    { name: 'a repeat of an early one is dropped', starts: [0, 10, 20, 0], expect: [0, 10, 20] },
    { name: 'out of order, returned sorted', starts: [20, 0, 10], expect: [0, 10, 20] },
    // past the scan limit the entity switches to a Set of starts: the same answers
    { name: 'many, each kept once', starts: ascending(100), expect: ascending(100) },
    { name: 'many, with every one repeated', starts: [...ascending(100), ...ascending(100)], expect: ascending(100) },
    { name: 'many, a repeat of the first after the switch', starts: [...ascending(40), 0, 5], expect: [0, 5, ...ascending(40).slice(1)] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(mentionsAt(row.starts), row.expect));
});

/** Whether the second description finds the entity the first one made. */
function samePerson(first: string, second: string): boolean {
  const book = new EntityBook();
  const a = book.byName(first, 'person', 'unknown', null, span(0));
  return book.byName(second, 'person', 'unknown', null, span(40)) === a;
}

describe('EntityBook descriptions', () => {
  const rows = [
    { name: '"a …" is someone new, though the head is the same', first: 'a department spokesman', second: 'a campaign spokesman', expect: false },
    { name: '"one …" is someone new', first: 'a department spokesman', second: 'one campaign spokesman', expect: false },
    { name: 'a surname still finds the full name', first: 'Elena Marsh', second: 'Marsh', expect: true },
  ];
  for (const row of rows) it(row.name, () => assert.equal(samePerson(row.first, row.second), row.expect));
});

/** The name an entity shows after the book met it written so. */
function shownName(name: string): string {
  const book = new EntityBook();
  book.byName(name, 'person', 'unknown', null, { start: 0, end: name.length, text: name });
  return book.entities()[0].name;
}

describe('EntityBook names with odd spaces', () => {
  const rows = [
    { name: 'a no-break space', text: 'Rufus\u00a0Kell', expect: 'Rufus Kell' },
    { name: 'two spaces', text: 'Rufus  Kell', expect: 'Rufus Kell' },
    { name: 'a line break', text: 'Rufus\nKell', expect: 'Rufus Kell' },
    { name: 'a plain space stays', text: 'Rufus Kell', expect: 'Rufus Kell' },
    { name: 'a name of one word stays', text: 'Kell', expect: 'Kell' },
  ];
  for (const row of rows) it(row.name, () => assert.equal(shownName(row.text), row.expect));
});
