import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_TYPE_ICONS, REVIEW_LOOKALIKES } from '../../src/extension/claimIcons';

const TYPES = Object.keys(CLAIM_TYPE_ICONS) as (keyof typeof CLAIM_TYPE_ICONS)[];
const gutter = (type: string) => readFileSync(join(__dirname, '..', '..', 'media', `claim-${type}.svg`), 'utf8');

describe('claim type icons', () => {
  for (const type of TYPES) {
    it(`gives ${type} a tree icon unlike a review mark`, () => {
      assert.ok(!REVIEW_LOOKALIKES.has(CLAIM_TYPE_ICONS[type]), `${type} uses ${CLAIM_TYPE_ICONS[type]}`);
    });
    // ✓, ✗ and ✎ are open strokes; every claim shape is a filled area.
    it(`gives ${type} a filled gutter shape, not a stroke like ✓ or ✗`, () => {
      assert.doesNotMatch(gutter(type), /fill="none"/);
    });
  }

  it('gives every type its own tree icon and gutter shape', () => {
    assert.equal(new Set(TYPES.map((t) => CLAIM_TYPE_ICONS[t])).size, TYPES.length);
    const shapes = TYPES.map((t) => gutter(t).replace(/#[0-9a-f]{6}/gi, ''));
    assert.equal(new Set(shapes).size, TYPES.length);
  });

  it('keeps the review lookalikes themselves in the table (negative row)', () => {
    for (const mark of ['check', 'pass', 'close', 'edit']) assert.ok(REVIEW_LOOKALIKES.has(mark), mark);
  });
});
