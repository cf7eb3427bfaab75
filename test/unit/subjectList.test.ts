import * as assert from 'node:assert/strict';
import { EntityBook } from '../../src/core/extractors/entityBook';
import { SubjectList } from '../../src/core/extractors/subjectList';

/** Steps on a list of subjects: note a person or owner, introduce someone, reach a sentence, end a paragraph. */
type Step = ['note' | 'owner' | 'introduce', string, number] | ['reach', number] | ['within', number] | ['paragraph'];

function run(steps: readonly Step[]): string[] {
  const book = new EntityBook();
  const list = new SubjectList();
  const named = (name: string) =>
    book.byName(name, name === 'the ministry' ? 'organization' : 'person', 'unknown', null, { start: 0, end: name.length, text: name });
  for (const s of steps) {
    if (s[0] === 'reach' || s[0] === 'within') list.reach(s[1], s[0] === 'within');
    else if (s[0] === 'paragraph') list.forgetUnnamed();
    else if (s[0] === 'introduce') list.introduce(named(s[1]), s[2], 0);
    else list.note(named(s[1]), s[2], s[0] === 'owner');
  }
  return list.list.map((d) => d.name);
}

describe('SubjectList', () => {
  const rows: { name: string; steps: Step[]; expect: string[] }[] = [
    { name: 'the latest subject comes last, once', steps: [['note', 'Dana Kell', 0], ['note', 'Tom Hale', 1], ['note', 'Dana Kell', 2]], expect: ['Tom Hale', 'Dana Kell'] },
    { name: 'someone introduced in a sentence about no person', steps: [['note', 'Dana Kell', 0], ['introduce', 'Tom Hale', 1], ['reach', 2]], expect: ['Dana Kell', 'Tom Hale'] },
    // negative row: a person was that sentence's subject
    { name: 'not someone introduced beside a person subject', steps: [['note', 'Dana Kell', 1], ['introduce', 'Tom Hale', 1], ['reach', 2]], expect: ['Dana Kell'] },
    { name: 'an owner leaves the sentence about no person', steps: [['owner', 'Dana Kell', 1], ['introduce', 'Tom Hale', 1], ['reach', 2]], expect: ['Dana Kell', 'Tom Hale'] },
    // negative row: nothing happens before the sentence ends
    { name: 'not before the next sentence', steps: [['introduce', 'Tom Hale', 1], ['reach', 1]], expect: [] },
    { name: 'someone introduced, for a pronoun later in the same sentence', steps: [['note', 'Dana Kell', 0], ['introduce', 'Tom Hale', 1], ['within', 1]], expect: ['Dana Kell', 'Tom Hale'] },
    // negative row: the same sentence had a person for its subject
    { name: 'not someone introduced beside a person subject, within the sentence', steps: [['note', 'Dana Kell', 1], ['introduce', 'Tom Hale', 1], ['within', 1]], expect: ['Dana Kell'] },
    // negative row: a newcomer of an earlier sentence waits for `reach`
    { name: 'not a newcomer of an earlier sentence, within the next', steps: [['introduce', 'Tom Hale', 1], ['within', 2]], expect: [] },
    { name: 'a lower-case person is forgotten at a paragraph’s end', steps: [['note', 'Dana Kell', 0], ['note', 'one voter', 1], ['paragraph']], expect: ['Dana Kell'] },
    // negative row: a lower-case organisation stays
    { name: 'a lower-case organisation stays', steps: [['note', 'the ministry', 0], ['paragraph']], expect: ['the ministry'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(run(row.steps), row.expect));
});
