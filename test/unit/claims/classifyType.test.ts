import * as assert from 'node:assert/strict';
import type { Figure } from '../../../src/core/model';
import { classifyType } from '../../../src/core/extractors/claims/classifyType';

const figure = (text: string, kind: Figure['kind']): Figure => ({ id: 'f1', start: 0, end: text.length, text, kind, value: null, unit: null, approximate: false });

describe('classifyType', () => {
  const rows = [
    { text: 'The council should publish the budget before the vote', figures: [], type: 'recommendation', cue: 'should' },
    { text: "It's urgent to repair the bridge", figures: [], type: 'recommendation', cue: "it's urgent" },
    { text: 'We need to train more nurses', figures: [], type: 'recommendation', cue: 'need to' },
    { text: 'I expect that we will see lower prices this year', figures: [], type: 'prediction', cue: 'expect' },
    { text: 'The new line would only open three years later', figures: [figure('three years', 'duration')], type: 'prediction', cue: 'would' },
    { text: 'We will build a second runway', figures: [], type: 'commitment', cue: 'we will' },
    { text: 'Both cities have signed the water agreement', figures: [], type: 'commitment', cue: 'have signed' },
    { text: 'Rents rose by 12 percent in the capital', figures: [figure('12 percent', 'percent')], type: 'statistic', cue: '12 percent' },
    { text: 'Demand is many times higher than supply', figures: [], type: 'statistic', cue: 'many times' },
    { text: 'The ferry carried $4 million of cargo', figures: [], type: 'statistic', cue: '$4 million' },
    { text: 'I think the reform is a disaster', figures: [], type: 'opinion', cue: 'i think' },
    { text: 'The museum reopened after the flood', figures: [], type: 'factual', cue: null },
    // a duration situates a claim in time; it is not a statistic
    { text: 'The museum was closed for two years', figures: [figure('two years', 'duration')], type: 'factual', cue: null },
    // two durations compared measure something
    { text: 'The median wait was 41 weeks, compared with 29 weeks in 2023', figures: [figure('41 weeks', 'duration'), figure('29 weeks', 'duration')], type: 'statistic', cue: '29 weeks' },
    { text: 'Stays grew to nine days from six days', figures: [figure('nine days', 'duration'), figure('six days', 'duration')], type: 'statistic', cue: 'nine days' },
    { text: 'The bridge was shut for two years and reopened three years later', figures: [figure('two years', 'duration'), figure('three years', 'duration')], type: 'factual', cue: null },
    { text: 'Waits fell for two weeks', figures: [figure('two weeks', 'duration')], type: 'factual', cue: null },
    { text: 'A two-week stay is better than a six-week one', figures: [figure('two-week', 'duration'), figure('six-week', 'duration')], type: 'factual', cue: null },
    // ages read as durations are no measure
    { text: 'Vance, 54, is often compared with Orla Tamsin, 41', figures: [figure('54', 'duration'), figure('41', 'duration')], type: 'factual', cue: null },
    // with no figure stage output, a bare year is not taken for a statistic
    { text: 'The bridge opened in 1998', figures: [], type: 'factual', cue: null },
    // a cue that is half of a compound or of an idiom is none
    { text: 'A good-looking banker made a fortune on bonds', figures: [], type: 'factual', cue: null },
    { text: 'The mayor doubled down on the levy at the meeting', figures: [], type: 'factual', cue: null },
    { text: 'Harbour fees doubled within a year', figures: [], type: 'statistic', cue: 'doubled' },
    { text: 'A good plan beats a good-looking one', figures: [], type: 'opinion', cue: 'good' },
    // "later" on its own looks back; "later this year" ahead
    { text: 'Three years later the bridge reopened', figures: [figure('Three years', 'duration')], type: 'factual', cue: null },
    { text: 'The bridge reopens later this year', figures: [], type: 'prediction', cue: 'later this' },
    // after an article, a possessive or a preposition a cue word is a noun or a modifier
    { text: 'The bank took on projects like malls and plants', figures: [], type: 'factual', cue: null },
    { text: 'He trails in pledged delegates by a wide margin', figures: [], type: 'factual', cue: null },
    { text: 'The agency projects slower growth for the port', figures: [], type: 'prediction', cue: 'projects' },
    // before a relative clause a cue word is the noun it describes; a verb's "that" opens a clause with a subject
    { text: 'New projects that were started last year cost $3 million', figures: [figure('$3 million', 'money')], type: 'statistic', cue: '$3 million' },
    { text: 'Early forecasts which had been published were dropped', figures: [], type: 'factual', cue: null },
    { text: 'The agency projects that growth will slow', figures: [], type: 'prediction', cue: 'projects' },
    { text: 'The bank forecasts that were published in May will slow', figures: [], type: 'prediction', cue: 'will' },
    // a cue that is the verb of a relative clause ("that" then an auxiliary) is not the sentence's: its main verb types it,
    // and the figure it foresees makes no statistic
    { text: 'New projects that were approved in May will add 400 homes', figures: [figure('400 homes', 'count')], type: 'prediction', cue: 'will' },
    { text: 'Grants that have already been promised to farmers arrive late', figures: [], type: 'factual', cue: null },
    { text: 'Every road that was not guaranteed funding stays shut', figures: [], type: 'factual', cue: null },
    { text: 'That was promised in the manifesto', figures: [], type: 'commitment', cue: 'promised' },
    { text: 'The minister said that was promised long ago', figures: [], type: 'commitment', cue: 'promised' },
    { text: 'The board has approved the plan that was drafted', figures: [], type: 'commitment', cue: 'approved' },
    // a call on someone to act
    { text: 'The trust called on the hospital to publish weekly data', figures: [], type: 'recommendation', cue: 'called on' },
    { text: 'Parents call on ministers to delay the change', figures: [], type: 'recommendation', cue: 'call on' },
    { text: 'The mayor called on the family to the hall', figures: [], type: 'factual', cue: null },
    { text: 'The mayor called on the family after the flood', figures: [], type: 'factual', cue: null },
    { text: 'A petition calling on the mayor to resign has 5,000 signatures', figures: [figure('5,000 signatures', 'count')], type: 'statistic', cue: '5,000 signatures' },
    { text: 'The board called on 12 firms to bid', figures: [figure('12 firms', 'count')], type: 'statistic', cue: '12 firms' },
    // a modal inside a question or a relative clause is no call to act
    { text: 'The island is weighing whether it should delay the bonuses', figures: [], type: 'factual', cue: null },
    { text: 'The governor, who must decide, has said nothing', figures: [], type: 'factual', cue: null },
    { text: 'The governor must decide by Friday', figures: [], type: 'recommendation', cue: 'must' },
    // "soon after" looks back
    { text: 'Soon after, the photo turned up in a column', figures: [], type: 'factual', cue: null },
    { text: 'The photo will turn up soon', figures: [], type: 'prediction', cue: 'will' },
    // a single thing counts nothing; two do
    { text: 'One lawmaker took the mayor aside', figures: [{ ...figure('One', 'count'), value: 1 }], type: 'factual', cue: null },
    { text: 'Two lawmakers took the mayor aside', figures: [{ ...figure('Two', 'count'), value: 2 }], type: 'statistic', cue: 'Two' },
  ] as const;
  for (const row of rows) {
    it(`${row.type}: ${row.text}`, () => {
      const decision = classifyType(row.text, row.figures);
      assert.equal(decision.type, row.type);
      if (row.cue) assert.ok(decision.typeEvidence.includes(row.cue), `evidence ${JSON.stringify(decision.typeEvidence)}`);
      else assert.deepEqual(decision.typeEvidence, []);
    });
  }
});

describe('classifyType: a small number in words after "the" names those already met', () => {
  const doc = 'The two met on Monday. The 25 parties ended. There are two series.';
  /** The figure `text` at the first place `where` occurs in the document. */
  const at = (text: string, value: number, where = text): Figure => {
    const start = doc.indexOf(where);
    return { id: 'f1', start, end: start + text.length, text, kind: 'count', value, unit: null, approximate: false };
  };
  const rows = [
    { text: 'The two met on Monday.', figure: at('two', 2), type: 'factual' },
    // negatives: digits, and a number with no "the"
    { text: 'The 25 parties ended.', figure: at('25', 25), type: 'statistic' },
    { text: 'There are two series.', figure: at('two', 2, 'two series'), type: 'statistic' },
  ] as const;
  for (const row of rows) {
    it(`${row.type}: ${row.text}`, () => assert.equal(classifyType(row.text, [row.figure], doc).type, row.type));
  }
});

describe('classifyType: "the two" names those already met also with the plural they count', () => {
  const doc = 'The two rival bidders met. The 25 rival bidders met. Two rival bidders met. The pipe lost the one gallon.';
  /** The figure `text` of `kind` and `unit` at its first place in the document. */
  const at = (text: string, value: number, kind: Figure['kind'], unit: string): Figure => {
    const start = doc.indexOf(text);
    return { id: 'f1', start, end: start + text.length, text, kind, value, unit, approximate: false };
  };
  const rows = [
    { text: 'The two rival bidders met.', figure: at('two rival bidders', 2, 'quantity', 'bidders'), type: 'factual' },
    // negatives: digits, no "the", and a measure rather than a counted plural
    { text: 'The 25 rival bidders met.', figure: at('25 rival bidders', 25, 'quantity', 'bidders'), type: 'statistic' },
    { text: 'Two rival bidders met.', figure: at('Two rival bidders', 2, 'quantity', 'bidders'), type: 'statistic' },
    { text: 'The pipe lost the one gallon.', figure: at('one gallon', 1, 'quantity', 'gallon'), type: 'statistic' },
  ] as const;
  for (const row of rows) {
    it(`${row.type}: ${row.text}`, () => assert.equal(classifyType(row.text, [row.figure], doc).type, row.type));
  }
});
