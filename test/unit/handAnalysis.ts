import type { Analysis, Span } from '../../src/core/model';

const TEXT =
  'date 2023-02-13 Allies pledge more shells\n' +
  'NATO Secretary General Jens Stoltenberg said on Monday that Allies must "ramp up production". ' +
  '"We are in a race of logistics," he said. Output rose about 20% to 1.2 million rounds.';

/** The span of the nth occurrence of `needle` in the text. */
function at(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" is not in the hand-built article`);
  return { start, end: start + needle.length, text: needle };
}

/**
 * A complete analysis written by hand, with one of everything (nested quote,
 * figure with a qualifier, relative date, claim linking them), so the export
 * can be checked before every engine stage fills those arrays by itself.
 */
export function handAnalysis(): Analysis {
  const partial = at('"ramp up production"');
  const direct = at('"We are in a race of logistics,"');
  const name = at('Jens Stoltenberg');
  const he = at('he said').start;
  const heSpan = { start: he, end: he + 2, text: 'he' };
  const body = TEXT.indexOf('\n') + 1;
  const sentence1End = TEXT.indexOf('. "') + 1;
  const sentence2End = TEXT.indexOf('said.') + 5;
  return {
    text: TEXT,
    article: {
      date: '2023-02-13',
      title: 'Allies pledge more shells',
      bodyStart: body,
      dateline: at('date 2023-02-13 Allies pledge more shells'),
      headline: at('Allies pledge more shells'),
      referenceDate: '2023-02-13',
    },
    paragraphs: [{ id: 'p1', start: body, end: TEXT.length }],
    sentences: [
      { id: 's1', start: body, end: sentence1End, paragraphId: 'p1' },
      { id: 's2', start: sentence1End + 1, end: sentence2End, paragraphId: 'p1' },
      { id: 's3', start: sentence2End + 1, end: TEXT.length, paragraphId: 'p1' },
    ],
    entities: [
      { id: 'e1', type: 'person', name: 'Jens Stoltenberg', roles: ['NATO Secretary General'], mentions: [name, heSpan] },
    ],
    quotes: [
      {
        ...partial,
        id: 'q1',
        kind: 'speech',
        content: { start: partial.start + 1, end: partial.end - 1, text: partial.text.slice(1, -1) },
        speaker: { entityId: 'e1', name: 'Jens Stoltenberg', mention: name, cue: at('said'), method: 'pattern', evidence: 'Named before "said".' },
        unclosed: false,
      },
      {
        ...direct,
        id: 'q2',
        kind: 'speech',
        content: { start: direct.start + 1, end: direct.end - 1, text: direct.text.slice(1, -1) },
        speaker: { entityId: 'e1', name: 'Jens Stoltenberg', mention: heSpan, cue: at('said', 1), method: 'pronoun', evidence: '"he" refers to Jens Stoltenberg.' },
        unclosed: false,
      },
    ],
    figures: [
      { ...at('about 20%'), id: 'f1', kind: 'percent', value: 20, unit: '%', approximate: true, qualifier: 'about' },
      { ...at('1.2 million rounds'), id: 'f2', kind: 'quantity', value: 1_200_000, unit: 'rounds', approximate: false },
    ],
    dates: [{ ...at('Monday'), id: 'd1', type: 'DATE', value: '2023-02-13', relative: true }],
    claims: [
      {
        ...at('Output rose about 20% to 1.2 million rounds.'),
        id: 'c1',
        type: 'statistic',
        typeEvidence: ['rose'],
        attribution: 'narrative',
        speaker: null,
        sentenceId: 's3',
        quoteIds: [],
        figureIds: ['f1', 'f2'],
        dateIds: [],
        checkWorthiness: 0.8,
      },
    ],
    warnings: [],
  };
}
