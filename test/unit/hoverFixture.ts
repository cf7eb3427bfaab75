import type { Analysis, Span } from '../../src/core/model';

/** The span of the n-th occurrence of a needle, so hand-built analyses keep their offsets honest. */
export function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in the fixture`);
  return { start, end: start + needle.length, text: needle };
}

export const TEXT = [
  'date 2023-02-13 Ministers meet on aid',
  '',
  'The minister, Anna Berg, spoke on Monday.',
  '"We will spend about 1.5 billion euros on February 14-15," she said.',
  '"Nobody *knows*," a voice said on 14 February.',
].join('\n');

const sentence = (id: string, s: Span) => ({ id, start: s.start, end: s.end, paragraphId: 'p1' });
const quote1 = at(TEXT, '"We will spend about 1.5 billion euros on February 14-15,"');
const quote2 = at(TEXT, '"Nobody *knows*,"');
const claimText = at(TEXT, 'We will spend about 1.5 billion euros on February 14-15');
const inner = (s: Span): Span => ({ start: s.start + 1, end: s.end - 2, text: s.text.slice(1, -2) });

/** A hand-built analysis of TEXT: one entity, an attributed and an unattributed quote, a claim. */
export const ANALYSIS: Analysis = {
  text: TEXT,
  article: {
    date: '2023-02-13', title: 'Ministers meet on aid', bodyStart: 38,
    dateline: at(TEXT, 'date 2023-02-13 Ministers meet on aid'), headline: at(TEXT, 'Ministers meet on aid'), referenceDate: '2023-02-13',
  },
  paragraphs: [{ id: 'p1', start: 39, end: TEXT.length }],
  sentences: [
    sentence('s1', at(TEXT, 'The minister, Anna Berg, spoke on Monday.')),
    sentence('s2', at(TEXT, `${quote1.text} she said.`)),
    sentence('s3', at(TEXT, `${quote2.text} a voice said on 14 February.`)),
  ],
  entities: [{ id: 'e1', type: 'person', name: 'Anna Berg', roles: ['Finance Minister'], mentions: [at(TEXT, 'Anna Berg'), at(TEXT, 'she')] }],
  quotes: [
    {
      ...quote1, id: 'q1', kind: 'speech', content: inner(quote1), unclosed: false,
      speaker: {
        entityId: 'e1', name: 'Anna Berg', mention: at(TEXT, 'she'), cue: at(TEXT, 'said'), method: 'pronoun',
        evidence: "'she' at line 4 refers to Anna Berg, Finance Minister",
      },
    },
    { ...quote2, id: 'q2', kind: 'speech', content: inner(quote2), unclosed: false, speaker: null },
  ],
  figures: [
    { ...at(TEXT, 'about 1.5 billion euros'), id: 'f1', kind: 'money', value: 1.5e9, unit: 'EUR', approximate: true, qualifier: 'about' },
  ],
  dates: [
    { ...at(TEXT, 'Monday'), id: 'd1', type: 'DATE', value: '2023-02-13', relative: true },
    { ...at(TEXT, 'February 14-15'), id: 'd2', type: 'DATE', value: '2023-02-14', relative: true, range: { from: '2023-02-14', to: '2023-02-15' } },
    { ...at(TEXT, '14 February'), id: 'd3', type: 'DATE', value: '2023-02-14', relative: true },
  ],
  claims: [
    {
      ...claimText, id: 'c1', type: 'commitment', typeEvidence: ['will spend'], attribution: 'direct',
      speaker: { entityId: 'e1', name: 'Anna Berg' }, sentenceId: 's2', quoteIds: ['q1'], figureIds: ['f1'], dateIds: ['d2'], checkWorthiness: 0.72,
    },
  ],
  warnings: [],
};
