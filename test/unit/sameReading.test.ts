import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/model';
import { checkInvariants } from './invariants';
import { seedTexts } from './fuzz/seedTexts';

/** What a reader gets from an article, with white space and Unicode forms made plain. */
function reading(a: Analysis) {
  const plain = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ');
  return {
    date: a.article.date,
    title: a.article.title === null ? null : plain(a.article.title),
    paragraphs: a.paragraphs.length,
    quotes: a.quotes.map((q) => [plain(q.content.text), q.speaker?.name ?? null]),
    entities: a.entities.map((e) => e.name),
    figures: a.figures.map((f) => [plain(f.text), f.value, f.unit]),
    dates: a.dates.map((d) => [plain(d.text), d.value]),
    claims: a.claims.map((c) => [plain(c.text), c.type]),
  };
}

/*
 * The same article written another way (line ends, separators, a BOM,
 * decomposed accents, no-break spaces in the dateline) must read the same:
 * these are how files arrive from other systems, not different articles.
 */
describe('the same article written another way reads the same', () => {
  const disguises: { name: string; apply: (t: string) => string }[] = [
    { name: 'CRLF line ends', apply: (t) => t.replace(/\n/g, '\r\n') },
    { name: 'CR line ends', apply: (t) => t.replace(/\n/g, '\r') },
    { name: 'a byte order mark', apply: (t) => '\ufeff' + t },
    { name: 'paragraph separators', apply: (t) => t.replace(/\n\n/g, '\u2029') },
    { name: 'line separators', apply: (t) => t.replace(/\n/g, '\u2028') },
    { name: 'decomposed accents', apply: (t) => t.normalize('NFD') },
    { name: 'no-break spaces in the dateline', apply: (t) => t.replace(/^[^\n]*/, (line) => line.replace(/ /g, '\u00a0')) },
  ];
  // accented names, so decomposing them changes something
  const seeds = seedTexts().map((s) => ({ ...s, text: s.text.replace(/\b([A-Z][a-z]+)a\b/g, '$1á').replace(/\bMar/g, 'Mär') }));
  for (const seed of seeds) {
    const expected = reading(analyze(seed.text));
    for (const disguise of disguises) {
      it(`reads ${seed.name} with ${disguise.name}`, () => {
        const analysis = analyze(disguise.apply(seed.text));
        checkInvariants(analysis);
        assert.deepEqual(reading(analysis), expected);
      });
    }
  }
});
