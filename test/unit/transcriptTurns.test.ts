import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [text, speaker name or null, unmarked form or null]. */
const quotesOf = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.text, q.speaker?.name ?? null, q.unmarked ?? null]);
};

const INTRO = 'date 2026-03-02 Water budget\n\nMayor Elena Varga of Port Halden spoke to the county radio station on Monday.\n\n';

describe('speech printed without quote marks: transcript turns and dash dialogue', () => {
  const rows: { name: string; text: string; expect: unknown[][] }[] = [
    {
      name: 'a label in capitals with a title, the person named in the text',
      text: INTRO + 'MAYOR VARGA: We will not cut the bus routes this year.',
      expect: [['We will not cut the bus routes this year.', 'Elena Varga', 'turn']],
    },
    {
      name: 'a surname label',
      text: INTRO + 'VARGA: Nobody wants that, but the reservoir is low.',
      expect: [['Nobody wants that, but the reservoir is low.', 'Elena Varga', 'turn']],
    },
    {
      name: 'Q and A: the interviewer asks, the one person named before answers',
      text: INTRO + 'Q: Will bills rise?\n\nA: Yes, by about four per cent from April.',
      expect: [
        ['Will bills rise?', 'the interviewer', 'turn'],
        ['Yes, by about four per cent from April.', 'Elena Varga', 'turn'],
      ],
    },
    {
      name: 'a host named only in the transcript speaks in several turns',
      text: INTRO + 'KATE HOLT: Will bills rise?\n\nVARGA: Yes, from April.\n\nHOLT: By how much?\n\nVARGA: Four per cent.',
      expect: [
        ['Will bills rise?', 'Kate Holt', 'turn'],
        ['Yes, from April.', 'Elena Varga', 'turn'],
        ['By how much?', 'Kate Holt', 'turn'],
        ['Four per cent.', 'Elena Varga', 'turn'],
      ],
    },
    {
      name: 'a turn holding a marked quote nests it',
      text: INTRO + 'VARGA: The council said "never" and meant it.',
      expect: [['The council said "never" and meant it.', 'Elena Varga', 'turn']],
    },
    {
      name: 'a Q label before a marked question is the interviewer, no one named Q',
      text: INTRO + 'Q: "Will bills rise again next year?"',
      expect: [['"Will bills rise again next year?"', 'the interviewer', null]],
    },
    {
      name: 'dash dialogue closed by its reporting clause',
      text: INTRO + '— We have had three dry winters, she said.',
      expect: [['— We have had three dry winters,', 'Elena Varga', 'dash']],
    },
    {
      name: 'dash dialogue whose clause goes on past its verb',
      text: INTRO + '— We cannot run a port on goodwill alone, Varga said at a briefing.',
      expect: [['— We cannot run a port on goodwill alone,', 'Elena Varga', 'dash']],
    },
    {
      name: 'dash dialogue spoken by a description',
      text: INTRO + '— Three ships have already diverted, a port spokeswoman added.',
      expect: [['— Three ships have already diverted,', 'a port spokeswoman', 'dash']],
    },
    {
      name: 'a broadcast transcript: a host named after a role, notes and roles in labels, an unnamed voice; prose between turns left alone',
      text:
        'date 2026-11-21 Hospital merger\n\nHealth Secretary Priya Ramdas spoke to presenter Owen Castellan.\n\n' +
        'CASTELLAN: Will Easton lose its A&E?\n\nRAMDAS: Nobody is losing emergency care.\n\nThe new unit will have 40 more beds.\n\n' +
        'CASTELLAN (voice-over): Campaigners disagree.\n\nUNIDENTIFIED WOMAN: We were never asked.\n\nOWEN CASTELLAN, PRESENTER: Will you meet them?',
      expect: [
        ['Will Easton lose its A&E?', 'Owen Castellan', 'turn'],
        ['Nobody is losing emergency care.', 'Priya Ramdas', 'turn'],
        ['Campaigners disagree.', 'Owen Castellan', 'turn'],
        ['We were never asked.', 'UNIDENTIFIED WOMAN', 'turn'],
        ['Will you meet them?', 'Owen Castellan', 'turn'],
      ],
    },
    {
      name: 'an answer over two paragraphs of a Q-and-A interview; a capitalised question',
      text: INTRO + 'Q: Does Tom Beck Agree?\n\nA: No, he does not.\n\nHe never has.\n\n(END OF CLIP)\n\nQ: Why not?\n\nA: Ask him.',
      expect: [
        ['Does Tom Beck Agree?', 'the interviewer', 'turn'],
        ['No, he does not.', 'Elena Varga', 'turn'],
        ['He never has.', 'Elena Varga', 'turn'],
        ['Why not?', 'the interviewer', 'turn'],
        ['Ask him.', 'Elena Varga', 'turn'],
      ],
    },
    {
      name: 'prose after the last turn is no one\'s turn',
      text: INTRO + 'VARGA: We will not cut.\n\nThe council meets again on Friday.',
      expect: [['We will not cut.', 'Elena Varga', 'turn']],
    },
    // negative rows: headings, datelines, notes and lists are no one's speech
    { name: 'a note', text: INTRO + 'NOTE: This interview has been edited for length.', expect: [] },
    { name: 'an update', text: INTRO + 'UPDATE: The council replied on Tuesday.', expect: [] },
    { name: 'a dateline in capitals', text: INTRO + 'PORT HALDEN: The council met on Monday to set the budget.', expect: [] },
    { name: 'a heading in title case', text: INTRO + 'Key points: the budget, the water and the buses.', expect: [] },
    { name: 'a label in capitals naming no one in the text', text: INTRO + 'FIX IS IN: Council Ignores Reservoir Warnings.', expect: [] },
    { name: 'a lone Q with no answers', text: INTRO + 'Q: What is the plan?', expect: [] },
    { name: 'a dash list item with no reporting clause', text: INTRO + '— Dana Holt of the Harbour Courier, winner of the county prize.', expect: [] },
    { name: 'a dash line whose comma is followed by no verb of speech', text: INTRO + '— Three dry winters, she thinks, are enough.', expect: [] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(quotesOf(row.text), row.expect));
});

describe('transcript labels leave no stray entities', () => {
  const entitiesOf = (text: string) => {
    const a = analyze(text);
    checkInvariants(a);
    return a.entities.map((e) => [e.type, e.name]);
  };
  it('a role or a voice in a label is no body', () => {
    const text = INTRO + 'KATE HOLT, PRESENTER: Will bills rise?\n\nVARGA: Yes, from April.\n\nUNIDENTIFIED WOMAN: Shame!\n\nHOLT: Thank you.';
    const names = entitiesOf(text).map(([, name]) => name);
    assert.ok(names.includes('Elena Varga'));
    assert.deepEqual(names.filter((n) => /PRESENTER|WOMAN/.test(String(n))), []);
  });
  // negative: a body named in the text as well as in a label stays
  it('a body the text names keeps its entity', () => {
    const text = INTRO + 'The Port Halden Water Board said on Monday that bills would rise.\n\nVARGA: Yes, from April.';
    assert.ok(entitiesOf(text).some(([type, name]) => type === 'organization' && /Water Board/.test(String(name))));
  });
});
