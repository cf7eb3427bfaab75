import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { applyAnnotations } from '../../src/core/annotations/applyAnnotations';
import { toJson } from '../../src/core/export/toJson';
import { annotationOn } from './annotations/annotationFixtures';
import { checkInvariants } from './invariants';
import { exportErrors } from './validateExport';

const DATE = 'date 2024-03-01 Port\n\n';

/** The claim whose text holds `claim`; the row fails when there is none. */
function claimIn(text: string, claim: string) {
  const a = analyze(text);
  checkInvariants(a);
  const c = a.claims.find((x) => x.text.includes(claim));
  assert.ok(c, `no claim holds "${claim}" in: ${a.claims.map((x) => x.text).join(' | ')}`);
  return { a, c };
}

describe('claim speaker mention: the words in the text that credit a claim', () => {
  const rows: { name: string; text: string; claim: string; speaker: string | null; mention: string | null }[] = [
    { name: 'a named subject before "said that"', text: `${DATE}Harbour chief Ana Ruiz said that the port would hire 250 workers next year.`, claim: 'hire 250 workers', speaker: 'Ana Ruiz', mention: 'Harbour chief Ana Ruiz' },
    { name: 'a pronoun standing for the last speaker', text: `${DATE}Harbour chief Ana Ruiz spoke on Monday. She said that fees would rise 4% in May.`, claim: 'fees would rise', speaker: 'Ana Ruiz', mention: 'She' },
    { name: 'a pronoun after a leading "And", which is no part of it', text: `${DATE}Harbour chief Ana Ruiz spoke on Monday. And she said that fees would rise 4% in May.`, claim: 'fees would rise', speaker: 'Ana Ruiz', mention: 'she' },
    { name: 'a source no entity holds', text: `${DATE}Prices rose 3.1% in the year to February, according to the regional statistics office.`, claim: 'Prices rose 3.1%', speaker: 'the regional statistics office', mention: 'the regional statistics office' },
    { name: "a direct claim: its quote's speaker mention", text: `${DATE}"We will cut fees by 10% next year," said Ana Ruiz, the harbour chief.`, claim: 'cut fees by 10%', speaker: 'Ana Ruiz', mention: 'Ana Ruiz' },
    { name: 'a transcript label', text: `${DATE}RUIZ: We will hire 250 more workers at the port next year.\n\nABBOT: Costs fell 5% last year.\n\nRUIZ: That is right.`, claim: 'hire 250 more workers', speaker: 'RUIZ', mention: 'RUIZ' },
    { name: 'a CRLF text with an astral character before the name (UTF-16 offsets)', text: 'date 2024-03-01 Port \u{1F6A2}\r\n\r\nThe \u{1F6A2} harbour chief Ana Ruiz said that the port would hire 250 workers next year.', claim: 'hire 250 workers', speaker: 'Ana Ruiz', mention: 'The \u{1F6A2} harbour chief Ana Ruiz' },
    { name: 'a decomposed accent, read composed and moved back', text: `${DATE}Jose\u0301 Ruiz said that the port would hire 250 workers next year.`, claim: 'hire 250 workers', speaker: 'Jos\u00e9 Ruiz', mention: 'Jose\u0301 Ruiz' },
    // negative rows: the writer's own statement has no speaker and so no mention
    { name: 'a narrative claim (negative)', text: `${DATE}The port handled 4.2 million containers in 2023, up 8% on the year before.`, claim: '4.2 million containers', speaker: null, mention: null },
    { name: 'a narrative sentence beside a reported one (negative)', text: `${DATE}Harbour chief Ana Ruiz spoke on Monday. The port handled 4.2 million containers in 2023.`, claim: '4.2 million containers', speaker: null, mention: null },
  ];
  for (const row of rows) {
    it(`finds ${row.name}`, () => {
      const { a, c } = claimIn(row.text, row.claim);
      assert.equal(c.speaker?.name ?? null, row.speaker);
      assert.equal(c.speaker?.mention?.text ?? null, row.mention);
      if (c.speaker?.mention) assert.equal(a.text.slice(c.speaker.mention.start, c.speaker.mention.end), row.mention);
    });
  }

  it("gives a direct claim the same mention as its quote's speaker", () => {
    const { a, c } = claimIn(`${DATE}"We will cut fees by 10% next year," said Ana Ruiz. "And we will hire 250 workers by June."`, 'hire 250 workers');
    const q = a.quotes.find((x) => x.id === c.quoteIds[0]);
    assert.deepEqual(c.speaker?.mention, q?.speaker?.mention);
  });

  it('exports the mention as a span, and the document validates', () => {
    const { a } = claimIn(`${DATE}Harbour chief Ana Ruiz said that the port would hire 250 workers next year.`, 'hire 250 workers');
    const doc = JSON.parse(JSON.stringify(toJson(a, { path: null, generatorVersion: '0.0.0-test' })));
    assert.deepEqual(doc.claims[0].speaker, { entityId: 'e1', name: 'Ana Ruiz', mention: { start: 22, end: 44, text: 'Harbour chief Ana Ruiz' } });
    assert.deepEqual(exportErrors(doc), []);
  });

  it('writes no mention for a speaker set by hand (negative): the text does not name them there', () => {
    const text = `${DATE}Harbour chief Ana Ruiz said that the port would hire 250 workers next year.`;
    const { a, c } = claimIn(text, 'hire 250 workers');
    const reviewed = applyAnnotations(a, [annotationOn(text, c.text, { kind: 'claim', itemId: c.id, status: 'edited', fields: { speaker: 'Tomas Abbot' } })]).analysis;
    const doc = JSON.parse(JSON.stringify(toJson(reviewed, { path: null, generatorVersion: '0.0.0-test' })));
    assert.deepEqual(doc.claims[0].speaker, { entityId: null, name: 'Tomas Abbot' });
    assert.deepEqual(exportErrors(doc), []);
  });
});
