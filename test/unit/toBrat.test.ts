import * as assert from 'node:assert/strict';
import { applyAnnotations } from '../../src/core/annotations/applyAnnotations';
import { toBrat } from '../../src/core/export/toBrat';
import { handAnalysis } from './handAnalysis';
import { annotationOn, bareAnalysis } from './annotations/annotationFixtures';
import { checkInvariants } from './invariants';

/** The brat standoff grammar, one pattern per line type. */
const GRAMMAR: Record<string, RegExp> = {
  T: /^T\d+\t[^\s]+ \d+ \d+(;\d+ \d+)*\t[^\t\n\r]*$/u,
  R: /^R\d+\t[^\s]+ Arg1:T\d+ Arg2:T\d+$/u,
  A: /^A\d+\t[^\s]+ [TE]\d+( [^\s]+)?$/u,
  '#': /^#\d+\tAnnotatorNotes [TREA]\d+\t[^\t\n\r]*$/u,
};

/** The text at brat offsets, which count code points. */
const at = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

function checkGrammar(ann: string, text: string): string[] {
  const lines = ann.split('\n').filter(Boolean);
  for (const line of lines) {
    const rule = GRAMMAR[line[0]];
    assert.ok(rule?.test(line), `not brat standoff: ${JSON.stringify(line)}`);
    if (line[0] !== 'T') continue;
    const [, typeAndOffsets, spanText] = line.split('\t');
    const offsets = typeAndOffsets.slice(typeAndOffsets.indexOf(' ') + 1).split(';').map((p) => p.split(' ').map(Number));
    assert.equal(offsets.map(([s, e]) => at(text, s, e)).join(' '), spanText, `T text mismatch in ${line}`);
  }
  return lines;
}

describe('toBrat', () => {
  const base = handAnalysis();
  const multi = 'date 2024-03-01 Tram plan\n"We will build it 😀 fast,\nand cheaply," she said.\n';
  const rows = [
    { name: 'the hand-built analysis', analysis: base, types: ['Speaker', 'Quote', 'Figure', 'Date', 'Claim'], lines: ['R', 'A'] },
    {
      name: 'reviews, a note and a custom label with a space',
      analysis: applyAnnotations(base, [
        annotationOn(base.text, '"ramp up production"', { itemId: 'q1', status: 'confirmed', fields: { note: 'on\ntape' } }),
        annotationOn(base.text, 'race of logistics', { kind: 'label', status: 'added', fields: { label: 'war metaphor' } }),
      ]).analysis,
      types: ['war_metaphor'], lines: ['#', 'A'],
    },
    {
      name: 'a quote over a line break, after an astral character',
      analysis: applyAnnotations(bareAnalysis(multi), [annotationOn(multi, '"We will build it 😀 fast,\nand cheaply,"', { status: 'added' })]).analysis,
      types: ['Quote'], lines: ['T'],
    },
    { name: 'an empty article', analysis: bareAnalysis(''), types: [], lines: [] },
  ];
  for (const row of rows) {
    it(`writes standoff lines for ${row.name}`, () => {
      checkInvariants(row.analysis);
      const lines = checkGrammar(toBrat(row.analysis), row.analysis.text);
      for (const type of row.types) assert.ok(lines.some((l) => l.startsWith('T') && l.split('\t')[1].startsWith(type + ' ')), `no ${type}`);
      for (const kind of row.lines) assert.ok(lines.some((l) => l.startsWith(kind)), `no ${kind} line`);
    });
  }

  it('splits a multi-line span into fragments', () => {
    const a = applyAnnotations(bareAnalysis(multi), [annotationOn(multi, '"We will build it 😀 fast,\nand cheaply,"', { status: 'added' })]).analysis;
    const line = toBrat(a).split('\n').find((l) => l.includes(';'));
    assert.ok(line, 'no discontinuous T line');
    assert.match(line, /\tQuote \d+ \d+;\d+ \d+\t"We will build it 😀 fast, and cheaply,"$/u);
  });

  it('links a speaker to the quote with SpeakerOf', () => {
    const ann = toBrat(base);
    const speaker = /^(T\d+)\tSpeaker .*\the$/m.exec(ann)?.[1];
    const quote = /^(T\d+)\tQuote .*\t"We are in a race of logistics,"$/m.exec(ann)?.[1];
    assert.ok(speaker && quote);
    assert.match(ann, new RegExp(`^R\\d+\\tSpeakerOf Arg1:${speaker} Arg2:${quote}$`, 'm'));
  });

  describe('a speaker set by hand', () => {
    const q1 = '"ramp up production"';
    const edit = (fields: Record<string, string>, status: 'edited' | 'confirmed' = 'edited') =>
      applyAnnotations(base, [annotationOn(base.text, q1, { itemId: 'q1', status, fields })]).analysis;
    const rows = [
      { name: 'a new speaker', analysis: edit({ speaker: 'Anna Berg' }), linked: false, note: 'Speaker: Anna Berg' },
      { name: 'a new speaker and a note', analysis: edit({ speaker: 'Anna Berg', note: 'see video' }), linked: false, note: 'Speaker: Anna Berg; see video' },
      { name: 'a confirmed quote (negative)', analysis: edit({}, 'confirmed'), linked: true, note: null },
      { name: 'the same speaker again (negative)', analysis: edit({ speaker: 'Jens Stoltenberg' }), linked: true, note: null },
    ];
    for (const row of rows) {
      it(`${row.linked ? 'keeps' : 'drops'} the engine's SpeakerOf link and ${row.note ? 'notes' : 'adds no note for'} ${row.name}`, () => {
        checkInvariants(row.analysis);
        const ann = toBrat(row.analysis);
        checkGrammar(ann, row.analysis.text);
        const quote = new RegExp(`^(T\\d+)\\tQuote [^\\t]+\\t${q1}$`, 'm').exec(ann)?.[1];
        assert.ok(quote, 'no quote line');
        assert.equal(new RegExp(`^R\\d+\\tSpeakerOf Arg1:T\\d+ Arg2:${quote}$`, 'm').test(ann), row.linked);
        const notes = ann.split('\n').filter((l) => l.startsWith('#') && l.includes(` ${quote}\t`)).map((l) => l.split('\t')[2]);
        assert.deepEqual(notes, row.note ? [row.note] : []);
      });
    }
  });
});
