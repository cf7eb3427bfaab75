import * as assert from 'node:assert/strict';
import { MentionIndex } from '../../../src/core/extractors/claims/mentionIndex';
import { speakerFor } from '../../../src/core/extractors/claims/speakerFor';
import type { Entity, SpeakerRef } from '../../../src/core/model';

describe('speakerFor', () => {
  const previous: SpeakerRef = { entityId: 'e1', name: 'Elena Marsh' };
  const marsh: Entity = { id: 'e1', type: 'person', name: 'Elena Marsh', roles: [], mentions: [{ start: 0, end: 5, text: 'Marsh' }] };
  const rows: { source: string; expect: string | null }[] = [
    { source: 'Marsh', expect: 'Elena Marsh' },
    { source: 'she', expect: 'Elena Marsh' }, // a pronoun falls back to the last speaker
    { source: 'the governor', expect: 'Elena Marsh' }, // so does a bare role
    { source: 'the Secretary General', expect: 'Elena Marsh' },
    // a description with a possessive, or a long one, names someone new
    { source: "the state's party leader", expect: "the state's party leader" },
    { source: 'the head of the regional port authority', expect: 'the head of the regional port authority' },
    { source: 'figures published last week by the national statistics office', expect: 'the national statistics office' },
    { source: 'a survey by Halden Securities', expect: 'Halden Securities' },
    { source: 'data from the port authority', expect: 'the port authority' },
    { source: 'analysts at Halden Securities', expect: 'analysts at Halden Securities' }, // not a document: kept as written
    { source: 'people close to the talks', expect: 'people close to the talks' },
    // how or when a source came out is no part of its name; who released it is
    { source: 'unofficial results released shortly after midnight', expect: 'unofficial results' },
    { source: 'early returns posted on the county website', expect: 'early returns' },
    { source: 'documents seen by the Courier', expect: 'documents seen by the Courier' },
    // a body is not the person who spoke last, nor is "it"
    { source: 'the company', expect: 'the company' },
    { source: 'the authority', expect: 'the authority' },
    // a polity speaks for itself: "according to the state"
    { source: 'the state', expect: 'the state' },
    { source: 'the county', expect: 'the county' },
    { source: 'it', expect: null },
    // a capitalised name that is no title names its source itself, as an outlet noun does after no outlet
    { source: 'The Guardian', expect: 'The Guardian' },
    { source: 'the Harbour Ledger', expect: 'the Harbour Ledger' },
    { source: 'the newspaper', expect: 'the newspaper' },
    { source: 'the Chancellor', expect: 'Elena Marsh' },
  ];
  for (const row of rows) {
    it(`names the source of "${row.source}" as ${row.expect}`, () => {
      const text = row.source;
      const entities = text === 'Marsh' ? [marsh] : [];
      const got = speakerFor({ start: 0, end: text.length, text }, new MentionIndex().reset(entities), previous);
      assert.equal(got?.name ?? null, row.expect);
    });
  }
  // After a body spoke: "it" and its own noun are that body; "she" is not.
  const board: Entity = { id: 'e2', type: 'organization', name: 'the Harbour Authority', roles: [], mentions: [{ start: 100, end: 121, text: 'the Harbour Authority' }] };
  const bodyRows: { source: string; expect: string | null }[] = [
    { source: 'it', expect: 'the Harbour Authority' },
    { source: 'the authority', expect: 'the Harbour Authority' },
    { source: 'the ministry', expect: 'the ministry' },
    { source: 'she', expect: null },
    // a person's title is not the body either
    { source: 'the inspector general', expect: 'the inspector general' },
    { source: 'the chief executive', expect: 'the chief executive' },
    { source: 'the spokeswoman', expect: 'the Harbour Authority' },
  ];
  for (const row of bodyRows) {
    it(`after a body spoke, names the source of "${row.source}" as ${row.expect}`, () => {
      const text = row.source;
      const got = speakerFor({ start: 0, end: text.length, text }, new MentionIndex().reset([board]), { entityId: 'e2', name: 'the Harbour Authority' });
      assert.equal(got?.name ?? null, row.expect);
    });
  }
  it('after "the Harbour Press" spoke, "the Press" is that body: "press" names a body as well as a title', () => {
    const press: Entity = { id: 'e4', type: 'organization', name: 'the Harbour Press', roles: [], mentions: [{ start: 100, end: 117, text: 'the Harbour Press' }] };
    const got = speakerFor({ start: 0, end: 9, text: 'the Press' }, new MentionIndex().reset([press]), { entityId: 'e4', name: 'the Harbour Press' });
    assert.deepEqual(got, { entityId: 'e4', name: 'the Harbour Press', mention: { start: 0, end: 9, text: 'the Press' } });
  });
  // "the institute", taken for a body of its own, is the body that spoke last when that one's name opens or ends on its kind
  const kindRows: { source: string; previous: string; expect: string }[] = [
    { source: 'the institute', previous: 'Institute for Policy Research', expect: 'Institute for Policy Research' },
    { source: 'the bank', previous: 'Corvin Bank', expect: 'Corvin Bank' },
    { source: 'the ministry', previous: 'Institute for Policy Research', expect: 'the ministry' },
    { source: 'the institute', previous: 'Halden Policy Group', expect: 'the institute' },
  ];
  for (const row of kindRows) {
    it(`after "${row.previous}" spoke, names the source "${row.source}", an entity of its own, as ${row.expect}`, () => {
      const body: Entity = { id: 'e5', type: 'organization', name: row.previous, roles: [], mentions: [{ start: 100, end: 100 + row.previous.length, text: row.previous }] };
      const bare: Entity = { id: 'e6', type: 'organization', name: row.source, roles: [], mentions: [{ start: 0, end: row.source.length, text: row.source }] };
      const got = speakerFor({ start: 0, end: row.source.length, text: row.source }, new MentionIndex().reset([body, bare]), { entityId: 'e5', name: row.previous });
      assert.equal(got?.name, row.expect);
    });
  }
  // After a document spoke: "it" is that document; "he" is not, nor is "it" after a person
  const documentRows: { source: string; previous: SpeakerRef; expect: string | null }[] = [
    { source: 'it', previous: { entityId: null, name: 'The report' }, expect: 'The report' },
    { source: 'it', previous: { entityId: null, name: 'a survey of 900 skippers' }, expect: 'a survey of 900 skippers' },
    { source: 'he', previous: { entityId: null, name: 'The report' }, expect: null },
    { source: 'it', previous: { entityId: null, name: 'Tomas Brill' }, expect: null },
  ];
  for (const row of documentRows) {
    it(`after "${row.previous.name}" spoke, names the source of "${row.source}" as ${row.expect}`, () => {
      const text = row.source;
      const got = speakerFor({ start: 0, end: text.length, text }, new MentionIndex(), row.previous);
      assert.equal(got?.name ?? null, row.expect);
    });
  }
  // After a name typed a person whose role is a kind of company and who has no given name, "it" is that body
  const roleRows: { source: string; entity: Entity; expect: string | null }[] = [
    { source: 'it', entity: { id: 'e3', type: 'person', name: 'Northgate Living', roles: ['developer'], mentions: [] }, expect: 'Northgate Living' },
    { source: 'it', entity: { id: 'e3', type: 'person', name: 'Ferrow Bay', roles: ['the operator'], mentions: [] }, expect: 'Ferrow Bay' },
    // a given name, or a person's role, keeps the person
    { source: 'it', entity: { id: 'e3', type: 'person', name: 'Elena Brill', roles: ['developer'], mentions: [] }, expect: null },
    { source: 'it', entity: { id: 'e3', type: 'person', name: 'Northgate Living', roles: ['mayor'], mentions: [] }, expect: null },
  ];
  for (const row of roleRows) {
    it(`after "${row.entity.name}" (${row.entity.roles.join()}) spoke, names the source of "${row.source}" as ${row.expect}`, () => {
      const text = row.source;
      const got = speakerFor({ start: 0, end: text.length, text }, new MentionIndex().reset([row.entity]), { entityId: 'e3', name: row.entity.name });
      assert.equal(got?.name ?? null, row.expect);
    });
  }
  // After an outlet spoke, "the newspaper" is that outlet; after a person bearing the title, "the Ombudsman" is that person
  const outletRows: { source: string; previous: SpeakerRef; expect: string | null }[] = [
    { source: 'the newspaper', previous: { entityId: null, name: 'The Courier' }, expect: 'The Courier' },
    { source: 'the newspaper', previous: { entityId: null, name: 'the Harbour Times' }, expect: 'the Harbour Times' },
    { source: 'the newspaper', previous: { entityId: null, name: 'the Ports Audit Office' }, expect: 'the newspaper' },
    { source: 'the newspaper', previous: { entityId: null, name: 'The report' }, expect: 'the newspaper' },
    { source: 'the Ombudsman', previous: { entityId: null, name: 'Ombudsman Ines Vale' }, expect: 'Ombudsman Ines Vale' },
  ];
  for (const row of outletRows) {
    it(`after "${row.previous.name}" spoke, names the source of "${row.source}" as ${row.expect}`, () => {
      const text = row.source;
      const got = speakerFor({ start: 0, end: text.length, text }, new MentionIndex(), row.previous);
      assert.equal(got?.name ?? null, row.expect);
    });
  }
  it('gives no speaker without source words', () => assert.equal(speakerFor(null, new MentionIndex(), previous), null));
});
