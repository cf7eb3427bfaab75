import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** The people of an analysis as "name [roles] mentions", and each turn's speaker. */
function peopleOf(text: string) {
  const a = analyze(text);
  checkInvariants(a);
  return {
    people: a.entities.filter((e) => e.type !== 'group').map((e) => `${e.type} ${e.name} [${e.roles.join('; ')}] ${e.mentions.map((m) => m.text).join('|')}`),
    speakers: a.quotes.filter((q) => q.unmarked).map((q) => q.speaker?.name ?? null),
  };
}

const OPENING = 'date 2026-03-14 Waiting lists\n\nThis is a transcript of the interview.\n\n';

describe('transcript labels: the people they name', () => {
  const rows: { name: string; text: string; people: string[]; speakers: (string | null)[] }[] = [
    {
      name: 'a name only the labels give, with a role after the comma, then a surname in prose',
      text: OPENING + 'PRESENTER: Will bills rise?\n\nKATE HOLT, HEALTH SECRETARY: Yes, from April.\n\nPRESENTER: By how much?\n\nHOLT: Four per cent.\n\nHolt later said she would publish the figures.',
      people: ['person Kate Holt [health secretary] KATE HOLT|HOLT|Holt'],
      speakers: ['the presenter', 'Kate Holt', 'the presenter', 'Kate Holt'],
    },
    {
      name: 'a full name in capitals labelling two turns, the text naming her nowhere else',
      text: OPENING + 'HOST: Will bills rise?\n\nKATE HOLT: Yes, from April.\n\nHOST: By how much?\n\nKATE HOLT: Four per cent.',
      people: ['person Kate Holt [] KATE HOLT|KATE HOLT'],
      speakers: ['the host', 'Kate Holt', 'the host', 'Kate Holt'],
    },
    {
      name: 'a name with an apostrophe, introduced by the host with her role',
      text: OPENING + "PRESENTER: Joining me is the health secretary, Dana O'Neil.\n\nDANA O'NEIL: Good morning.\n\nPRESENTER: Will bills rise?\n\nO'NEIL: Yes, from April.",
      people: ["person Dana O'Neil [health secretary] Dana O'Neil|DANA O'NEIL|O'NEIL"],
      speakers: ['the presenter', "Dana O'Neil", 'the presenter', "Dana O'Neil"],
    },
    {
      name: 'a role in the label of a person the text names',
      text: 'date 2026-03-14 Buses\n\nMayor Elena Varga spoke on Monday.\n\nOWEN HALE, PRESENTER: Will fares rise?\n\nVARGA: Not this year.\n\nHALE: Why not?',
      people: ['person Elena Varga [Mayor] Mayor Elena Varga|VARGA', 'person Owen Hale [presenter] OWEN HALE|HALE'],
      speakers: ['Owen Hale', 'Elena Varga', 'Owen Hale'],
    },
    {
      name: 'a name the text gives no entity, with a party in its role that keeps the capital the text gives it',
      text: "date 2026-04-22 Bins\n\nTwo candidates, Priya Sandhu of Labour and Tom Ashcroft, met on Tuesday.\n\nHOST: Why are bins missed?\n\nPRIYA SANDHU, LABOUR CANDIDATE: The budget was cut.\n\nHOST: Thank you.",
      people: ['person Tom Ashcroft [] Tom Ashcroft', 'person Priya Sandhu [Labour candidate] Priya Sandhu|PRIYA SANDHU'],
      speakers: ['the host', 'Priya Sandhu', 'the host'],
    },
    {
      name: 'two people of one surname, each named only by labels',
      text: OPENING + 'JOHN SMITH: We will cut the levy.\n\nJANE SMITH: We will not.\n\nJOHN SMITH: We will.\n\nJANE SMITH: No.',
      people: ['person John Smith [] JOHN SMITH|JOHN SMITH', 'person Jane Smith [] JANE SMITH|JANE SMITH'],
      speakers: ['John Smith', 'Jane Smith', 'John Smith', 'Jane Smith'],
    },
    {
      name: 'a press conference: reporters and a question asked from the room',
      text: 'date 2026-05-09 Knife crime\n\nChief Constable Daniel Okafor took questions on Thursday.\n\nOKAFOR: Knife crime rose by 11 percent.\n\nREPORTER: Will you resign?\n\nOKAFOR: No.\n\nQUESTION: How many officers are new?\n\nOKAFOR: About half.\n\nREPORTER: Thank you.',
      people: ['person Daniel Okafor [Chief Constable] Chief Constable Daniel Okafor|OKAFOR|OKAFOR|OKAFOR'],
      speakers: ['Daniel Okafor', 'the reporter', 'Daniel Okafor', 'a questioner', 'Daniel Okafor', 'the reporter'],
    },
    {
      name: 'a surname alone in the labels, the full name in the title after a title word',
      text: 'date 2027-02-08 Transcript: Mayor Ines Calder on the bus cuts\n\nPRESENTER: Why now?\n\nCALDER: Because we have no choice.\n\nPRESENTER: Thank you, Mayor Calder.',
      people: ['person Ines Calder [Mayor] Ines Calder|CALDER|Mayor Calder'],
      speakers: ['the presenter', 'Ines Calder', 'the presenter'],
    },
    {
      name: 'a surname alone in the labels, a title in prose the only sign of a person',
      text: 'date 2027-02-08 Bus cuts\n\nPRESENTER: Why now?\n\nCALDER: Because we have no choice.\n\nPRESENTER: Thank you, Mayor Calder.',
      people: ['person Calder [Mayor] CALDER|Mayor Calder'],
      speakers: ['the presenter', 'Calder', 'the presenter'],
    },
    // negative rows: a voice the transcript does not name, a heading in capitals and one label that names no one make no person and no turn
    {
      name: 'an unidentified voice is no person',
      text: 'date 2026-03-14 Buses\n\nMayor Elena Varga spoke on Monday.\n\nVARGA: Fares will not rise.\n\nUNIDENTIFIED WOMAN: Shame!\n\nVARGA: Thank you.',
      people: ['person Elena Varga [Mayor] Mayor Elena Varga|VARGA|VARGA'],
      speakers: ['Elena Varga', 'UNIDENTIFIED WOMAN', 'Elena Varga'],
    },
    {
      name: 'a heading in capitals with a given name, once, is no one',
      text: OPENING + 'KATE HOLT: A Life In Public Service.\n\nThe council met on Monday.',
      people: [],
      speakers: [],
    },
    {
      name: 'a name in capitals with no given name stays as printed',
      text: 'date 2026-03-14 Papers\n\nUSA TODAY reported on Monday that bills would rise.',
      people: peopleOf('date 2026-03-14 Papers\n\nUSA TODAY reported on Monday that bills would rise.').people,
      speakers: [],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(peopleOf(row.text), { people: row.people, speakers: row.speakers }));
});

// negative row for the one-word label: a body the text names as one stays a body, with no title or given name to make it a person
it('transcript labels: a one-word label for a body the text names stays that body', () => {
  const text = 'date 2027-02-08 Strike\n\nThe union Unison said on Monday it would strike.\n\nPRESENTER: Will you strike?\n\nUNISON: Yes, from Monday.';
  assert.deepEqual(peopleOf(text).people, ['organization Unison [union] Unison|UNISON']);
});
