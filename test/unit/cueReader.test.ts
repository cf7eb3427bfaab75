import * as assert from 'node:assert/strict';
import { CUE, nextCue } from '../../src/core/extractors/dates/cueReader';

/** Every cue in text[from, to) as `word:kind`. */
function cues(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  for (let at = nextCue(text, from, to); at >= 0; at = nextCue(text, CUE.end, to)) out.push(`${text.slice(at, CUE.end)}:${CUE.kind}`);
  return out;
}

describe('nextCue', () => {
  const rows = [
    { text: 'They will vote on Friday', expect: ['will:1'] },
    { text: "He won't sign it; she'll veto it", expect: ["won't:1", "'ll:1"] },
    { text: 'He won the seat', expect: ['won:3'] },
    { text: 'The board is set to meet, going to vote', expect: ['set to:1', 'going to:1'] },
    { text: 'She plans  to run and is likely to win', expect: ['plans  to:2', 'likely to:2'] },
    { text: 'Next week the council voted', expect: ['Next:2', 'voted:3'] },
    { text: 'The officials announced it yesterday', expect: ['announced:3', 'yesterday:3'] },
    { text: 'It was not, as soon as they wasn’t', expect: ['was:3', 'as soon as:2', 'wasn’t:3'] },
    { text: 'Expected results PLANNED', expect: ['Expected:2', 'PLANNED:2'] },
    // negative rows: no cue, or a word that only looks like one
    { text: 'She sat next to him', expect: [] },
    { text: 'A wonderful willow in the bed', expect: [] },
    { text: 'going tomorrow, set forth, plansto', expect: [] },
    { text: 'code voted1 re_voted willed2', expect: [] },
    { text: "wont won'tx he'llx", expect: ['won:3'] },
  ];
  for (const row of rows) {
    it(`reads the cues of ${JSON.stringify(row.text)}`, () => assert.deepEqual(cues(row.text), row.expect));
  }

  it('reads a window alone: a word cut at its start is read from the cut', () => {
    const text = 'They reported it';
    assert.deepEqual(cues(text, 7), ['ported:3']);
    assert.deepEqual(cues(text, 0, 11), []);
  });
});
