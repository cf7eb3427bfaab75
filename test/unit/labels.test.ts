import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, entity type, mention] (nulls when unattributed). */
function speakers(text: string): [string | null, string | null, string | null][] {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.speaker?.name ?? null, a.entities.find((e) => e.id === q.speaker?.entityId)?.type ?? null, q.speaker?.mention.text ?? null]);
}

const INTRO = 'Councillor Tom Beck spoke first.\n\n';

describe('labels: a list item or transcript line names the speaker of its quote', () => {
  const rows: { name: string; text: string; expect: [string | null, string | null, string | null][] }[] = [
    { name: 'a list item with a role after a comma', text: `${INTRO}- Ana Ruiz, mayor: "We will not pay."`, expect: [['Ana Ruiz', 'person', 'Ana Ruiz']] },
    { name: 'two list items, each with a role', text: `${INTRO}- Ana Ruiz, mayor: "We will not pay."\n- Tom Beck, a councillor: "We must pay."`, expect: [['Ana Ruiz', 'person', 'Ana Ruiz'], ['Tom Beck', 'person', 'Tom Beck']] },
    { name: 'a label in capitals', text: `${INTRO}ANA RUIZ: "We will not pay."`, expect: [['Ana Ruiz', 'person', 'ANA RUIZ']] },
    { name: 'a pronoun after a label in capitals', text: `${INTRO}ANA RUIZ: "We will not pay," she said.`, expect: [['Ana Ruiz', 'person', 'she']] },
    { name: 'a surname alone in capitals after the full name', text: 'JANE HOLT: "Will you pay?"\nANA RUIZ: "No."\nHOLT: "Why not?"', expect: [['Jane Holt', 'person', 'JANE HOLT'], ['Ana Ruiz', 'person', 'ANA RUIZ'], ['Jane Holt', 'person', 'HOLT']] },
    // negative rows: a clause before a colon is no label, a heading in capitals with no given name stays a heading,
    // an acronym of three letters stays a body, and a cue after the quote still wins
    { name: 'a clause after a comma', text: `${INTRO}Wait, it gets better: "We will not pay."`, expect: [[null, null, null]] },
    { name: 'a heading in capitals', text: `${INTRO}BREAKING NEWS: "We will not pay," Ruiz said.`, expect: [['Ruiz', 'person', 'Ruiz']] },
    { name: 'a three-letter acronym after a name ending in it stays a body', text: 'Preliminary DNA tests came back. "It matches," DNA experts said. DNA: "a match."', expect: [['DNA experts', 'group', 'DNA experts'], ['DNA', 'organization', 'DNA']] },
    { name: 'a cue after the quote', text: `${INTRO}- Ana Ruiz, mayor: "We will not pay," Beck said.`, expect: [['Tom Beck', 'person', 'Beck']] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speakers(row.text), row.expect, row.text));
  }
});
