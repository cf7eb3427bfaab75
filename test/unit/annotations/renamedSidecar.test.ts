import * as assert from 'node:assert/strict';
import { renamedSidecar } from '../../../src/core/annotations/renamedSidecar';

describe('renamedSidecar: where the sidecar of a renamed article goes', () => {
  const rows: { name: string; from: string; to: string; taken: string[]; expect: { path: string; collided: boolean } }[] = [
    { name: 'beside the new name', from: 'news/old.txt', to: 'news/new.txt', taken: [], expect: { path: 'news/new.txt.annotations.json', collided: false } },
    { name: 'moved to another folder', from: 'a/talks.txt', to: 'b/c/talks.txt', taken: ['a/talks.txt.annotations.json'], expect: { path: 'b/c/talks.txt.annotations.json', collided: false } },
    { name: 'another file of the new name is no collision', from: 'old.txt', to: 'new.txt', taken: ['new.txt', 'new.txt.bob.annotations.json'], expect: { path: 'new.txt.annotations.json', collided: false } },
    // negatives: never onto an existing sidecar
    { name: 'the new name has a sidecar: both kept', from: 'news/old.txt', to: 'news/new.txt', taken: ['news/new.txt.annotations.json'], expect: { path: 'news/new.txt.from-old.txt.annotations.json', collided: true } },
    {
      name: 'the kept name is taken too: numbered', from: 'old.txt', to: 'new.txt',
      taken: ['new.txt.annotations.json', 'new.txt.from-old.txt.annotations.json', 'new.txt.from-old.txt-2.annotations.json'],
      expect: { path: 'new.txt.from-old.txt-3.annotations.json', collided: true },
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const got = renamedSidecar(row.from, row.to, new Set(row.taken));
      assert.deepEqual(got, row.expect);
      assert.ok(!row.taken.includes(got.path), 'it would overwrite an existing file');
    });
  }
});
