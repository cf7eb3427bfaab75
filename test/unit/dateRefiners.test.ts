import * as assert from 'node:assert/strict';
import type { DateCandidate } from '../../src/core/extractors/dates/candidate';
import { toRefDate } from '../../src/core/extractors/dates/calendar';
import type { DateMention, Figure } from '../../src/core/model';
import { alignYearShifts } from '../../src/core/refiners/alignYearShifts';
import { anchorStoryDays } from '../../src/core/refiners/anchorStoryDays';
import { dropDatesInsideFigures } from '../../src/core/refiners/dropDatesInsideFigures';
import { dropFiguresInsideDates } from '../../src/core/refiners/dropFiguresInsideDates';
import { dropNameParts } from '../../src/core/refiners/dropNameParts';
import { mergeDayAndTime } from '../../src/core/refiners/mergeDayAndTime';
import { partOfNamed } from '../../src/core/refiners/partOfNamed';
import { removeDateOverlaps } from '../../src/core/refiners/removeDateOverlaps';
import { resolveWeekdays } from '../../src/core/refiners/resolveWeekdays';
import { resolveYearless } from '../../src/core/refiners/resolveYearless';

/** A candidate covering `word` in `text`. */
function at(text: string, word: string, value: string, extra: Partial<DateCandidate> = {}): DateCandidate {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type: 'DATE', value, relative: true, priority: 1, ...extra };
}
const MONDAY = toRefDate('2023-02-13');

describe('resolveWeekdays', () => {
  const rows = [
    { text: 'They met on Friday.', value: '2023-02-10' },
    { text: 'They will meet on Friday.', value: '2023-02-17' },
    { text: 'They meet on Tuesday.', value: '2023-02-14' }, // no tense: the nearest
    { text: 'They met on Monday.', value: '2023-02-13' }, // the dateline's own weekday
    { text: 'They will meet on Monday.', value: '2023-02-13' },
    { text: 'They would not say Sunday.', value: '2023-02-12' }, // a future lean gives way to the day before
    { text: 'They will meet on Saturday.', value: '2023-02-18' }, // two days back is not three times nearer than five ahead
    { text: 'They had voted by Sunday.', value: '2023-02-12' },
    { text: 'They met on Tuesday.', value: '2023-02-07' }, // a past lean holds
    { text: 'Until Friday, the agency had refused to comment.', value: '2023-02-10' }, // a clause opening with "until" takes its verb's tense
    { text: 'The agency had refused to comment until Friday.', value: '2023-02-17' }, // not opening it: "until" still points ahead
    { text: 'By Saturday, the crowd had gone home.', value: '2023-02-11' },
    { text: 'By Saturday, the crowd will have gone home.', value: '2023-02-18' },
    { text: 'Aides spoke to donors ahead of Tuesday\'s vote.', value: '2023-02-14' }, // "ahead of" outweighs the past verb
    { text: 'Aides campaigned ahead of voting Tuesday.', value: '2023-02-14' },
    { text: 'Ahead of Friday\'s meeting, the two sides exchanged letters.', value: '2023-02-10' }, // opening the clause: the verb decides
    { text: 'The mayor is likely to speak Tuesday.', value: '2023-02-14' },
  ];
  for (const row of rows) {
    it(`"${row.text}" → ${row.value}`, () => {
      const word = /\b[A-Z][a-z]+day\b/.exec(row.text)![0];
      const weekday = { Monday: 1, Tuesday: 2, Friday: 5, Saturday: 6, Sunday: 7 }[word];
      const [c] = resolveWeekdays([at(row.text, word, `XXXX-WXX-${weekday}`)], row.text, MONDAY);
      assert.equal(c.value, row.value);
    });
  }
  it('leaves the placeholder without a reference date', () => {
    const [c] = resolveWeekdays([at('On Friday.', 'Friday', 'XXXX-WXX-5')], 'On Friday.', null);
    assert.equal(c.value, 'XXXX-WXX-5');
  });
  it('leaves sets alone: "every Friday"', () => {
    const [c] = resolveWeekdays([at('every Friday', 'every Friday', 'XXXX-WXX-5', { type: 'SET' })], 'every Friday', MONDAY);
    assert.equal(c.value, 'XXXX-WXX-5');
  });
});

describe('resolveYearless', () => {
  const rows = [
    { text: 'Talks collapsed in October.', word: 'October', value: 'XXXX-10', expect: '2022-10' },
    { text: 'Talks will resume in October.', word: 'October', value: 'XXXX-10', expect: '2023-10' },
    { text: 'Talks are in March.', word: 'March', value: 'XXXX-03', expect: '2023-03' },
    { text: 'Profit fell in the third quarter.', word: 'the third quarter', value: 'XXXX-Q3', expect: '2022-Q3' },
    { text: 'Ministers will meet on Feb. 14.', word: 'Feb. 14', value: 'XXXX-02-14', expect: '2023-02-14' },
    { text: 'The shop opens at 9:00.', word: '9:00', value: 'XXXX-XX-XXT09:00', expect: '2023-02-13T09:00' },
    { text: 'Sales rose in 2014.', word: '2014', value: '2014', expect: '2014' }, // nothing to fill
    { text: 'By August, the talks had failed.', word: 'August', value: 'XXXX-08', expect: '2022-08' }, // the clause's verb, not "by"
    { text: 'The bill must pass by August.', word: 'August', value: 'XXXX-08', expect: '2023-08' },
    // in April, November lies about as far back as ahead: the lean decides
    { text: 'The party is marching toward November.', ref: '2023-04-20', word: 'November', value: 'XXXX-11', expect: '2023-11' },
    { text: 'Voters said they are less likely to back him in November.', ref: '2023-04-20', word: 'November', value: 'XXXX-11', expect: '2023-11' },
    { text: 'Voters backed him in November.', ref: '2023-04-20', word: 'November', value: 'XXXX-11', expect: '2022-11' },
    { text: 'He faces her in November\'s general election.', ref: '2023-04-20', word: 'November', value: 'XXXX-11', expect: '2023-11' },
    { text: 'He faced her in November\'s general election.', ref: '2023-04-20', word: 'November', value: 'XXXX-11', expect: '2022-11' },
    { text: 'She called the Nov. 8 election a test.', ref: '2023-08-17', word: 'Nov. 8', value: 'XXXX-11-08', expect: '2023-11-08' }, // a past verb no longer outweighs the event
    { text: 'She lost the March 15 primary.', ref: '2023-07-18', word: 'March 15', value: 'XXXX-03-15', expect: '2023-03-15' },
    { text: 'The process began in May.', ref: '2023-03-03', word: 'May', value: 'XXXX-05', expect: '2022-05' }, // past tense: the May ten months back
    { text: 'The convention will be held in July.', ref: '2023-04-20', word: 'July', value: 'XXXX-07', expect: '2023-07' }, // "held" after "be" is no past verb
  ];
  for (const row of rows as { text: string; ref?: string; word: string; value: string; expect: string }[]) {
    it(`"${row.text}" → ${row.expect}`, () => {
      const [c] = resolveYearless([at(row.text, row.word, row.value)], row.text, row.ref ? toRefDate(row.ref) : MONDAY);
      assert.equal(c.value, row.expect);
    });
  }
  it('fills both ends of a range: "December 30-January 2"', () => {
    const text = 'They met December 30-January 2.';
    const c0 = at(text, 'December 30-January 2', 'XXXX-12-30', { range: { from: 'XXXX-12-30', to: 'XXXX-01-02' } });
    const [c] = resolveYearless([c0], text, MONDAY);
    assert.deepEqual(c.range, { from: '2022-12-30', to: '2023-01-02' });
  });
});

describe('removeDateOverlaps', () => {
  const text = 'on February 14-15 in 2014';
  const rows = [
    { name: 'the longer span wins', list: [at(text, 'February', 'XXXX-02'), at(text, 'February 14-15', 'XXXX-02-14')], expect: ['XXXX-02-14'] },
    { name: 'equal spans: the higher priority wins', list: [at(text, '2014', 'A'), at(text, '2014', 'B', { priority: 3 })], expect: ['B'] },
    { name: 'disjoint spans both stay, in text order', list: [at(text, '2014', '2014'), at(text, 'February', 'XXXX-02')], expect: ['XXXX-02', '2014'] },
    { name: 'empty spans are dropped', list: [{ ...at(text, '2014', '2014'), end: text.indexOf('2014') }], expect: [] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(removeDateOverlaps(row.list).map((c) => c.value), row.expect));
  }
  it('a book-length list (over 512 candidates) keeps the same winners, in text order', () => {
    const copies = 200;
    const shift = (c: ReturnType<typeof at>, by: number) => ({ ...c, start: c.start + by, end: c.end + by });
    const one = [at(text, 'February', 'XXXX-02'), at(text, '2014', 'A'), at(text, 'February 14-15', 'XXXX-02-14'), at(text, '2014', 'B', { priority: 3 })];
    const list = Array.from({ length: copies }, (_, i) => one.map((c) => shift(c, i * (text.length + 1)))).flat().reverse();
    const kept = removeDateOverlaps(list);
    assert.equal(kept.length, 2 * copies);
    assert.deepEqual([...new Set(kept.map((c) => c.value))], ['XXXX-02-14', 'B']);
    assert.ok(kept.every((c, i) => i === 0 || kept[i - 1].end <= c.start));
  });
});

const figure = (text: string, word: string, kind: Figure['kind'], id = 'f1'): Figure => {
  const start = text.indexOf(word);
  return { id, start, end: start + word.length, text: word, kind, value: 1, unit: null, approximate: false };
};
const mention = (c: DateCandidate, id: string): DateMention => ({ id, start: c.start, end: c.end, text: '', type: c.type, value: c.value, relative: c.relative });

describe('dropFiguresInsideDates', () => {
  const text = 'On February 14-15, 2023, it took two-and-a-half years and 300 troops.';
  const dates = [
    mention(at(text, 'February 14-15, 2023', '2023-02-14'), 'd1'),
    mention(at(text, 'two-and-a-half years', 'P2Y6M', { type: 'DURATION' }), 'd2'),
  ];
  const rows = [
    { name: 'a day number inside a date goes', figures: [figure(text, '14-15', 'range')], expect: [] },
    { name: 'a year inside a date goes', figures: [figure(text, '2023', 'count')], expect: [] },
    { name: 'a duration stays a figure', figures: [figure(text, 'two-and-a-half years', 'duration')], expect: ['f1'] },
    { name: 'a figure outside every date stays', figures: [figure(text, '300 troops', 'quantity')], expect: ['f1'] },
    { name: 'survivors are renumbered', figures: [figure(text, '2023', 'count', 'f1'), figure(text, '300 troops', 'quantity', 'f2')], expect: ['f1'] },
    { name: 'a figure ending where a date starts stays', figures: [figure(text, 'On ', 'count')], expect: ['f1'] },
    { name: 'a figure reaching into a date goes', figures: [figure(text, 'On February', 'count')], expect: [] },
    { name: 'a count of the same span as a duration goes', figures: [figure(text, 'two-and-a-half years', 'count')], expect: [] },
    { name: 'a count inside a duration goes', figures: [figure(text, 'two-and-a-half', 'count')], expect: [] },
    { name: 'a quantity inside a duration stays', figures: [figure(text, 'two-and-a-half', 'quantity')], expect: ['f1'] },
  ];
  // a book's thousands of dates far from the figures take the binary searches, which must tell the same
  const many = [...dates, ...Array.from({ length: 1100 }, (_, i) => ({ ...dates[i % 2], id: `d${i + 3}`, start: 10000 + 30 * i, end: 10020 + 30 * i }))];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(dropFiguresInsideDates(row.figures, dates).map((f) => f.id), row.expect));
    it(`${row.name}, among a book's many dates`, () => assert.deepEqual(dropFiguresInsideDates(row.figures, many).map((f) => f.id), row.expect));
  }
});

describe('dropDatesInsideFigures', () => {
  const text = 'About 2000 troops arrived in 2014 for five years.';
  const rows = [
    { name: 'a year inside a quantity goes', date: at(text, '2000', '2000'), figures: [figure(text, '2000 troops', 'quantity')], kept: 0 },
    { name: 'a year equal to a count figure stays', date: at(text, '2014', '2014'), figures: [figure(text, '2014', 'count')], kept: 1 },
    { name: 'a duration inside a duration figure stays', date: at(text, 'five years', 'P5Y', { type: 'DURATION' }), figures: [figure(text, 'for five years', 'quantity')], kept: 1 },
    { name: 'a figure starting with the date and longer drops it', date: at(text, '2000', '2000'), figures: [figure(text, '2000 troops', 'quantity')], kept: 0 },
    { name: 'a quantity of the same span leaves it', date: at(text, '2014', '2014'), figures: [figure(text, '2014', 'quantity')], kept: 1 },
    { name: 'a quantity ending before it leaves it', date: at(text, '2014', '2014'), figures: [figure(text, 'in 20', 'quantity')], kept: 1 },
    { name: 'a duration inside a longer count goes', date: at(text, 'five years', 'P5Y', { type: 'DURATION' }), figures: [figure(text, 'for five years', 'count')], kept: 0 },
    { name: 'a duration of the same span as a count stays', date: at(text, 'five years', 'P5Y', { type: 'DURATION' }), figures: [figure(text, 'five years', 'count')], kept: 1 },
    { name: 'a year inside a longer count stays', date: at(text, '2014', '2014'), figures: [figure(text, 'in 2014', 'count')], kept: 1 },
    {
      name: 'figures out of order are all seen',
      date: at(text, '2000', '2000'),
      figures: [figure(text, 'five years', 'quantity'), figure(text, 'About 2000 troops', 'quantity'), figure(text, 'About', 'quantity')],
      kept: 0,
    },
  ];
  /** A book's thousands of figures far from the date, of both kinds, which take the binary searches. */
  const far = Array.from({ length: 1100 }, (_, i): Figure => ({ ...figure(text, 'About', i % 2 ? 'count' : 'quantity'), start: 10000 + 30 * i, end: 10020 + 30 * i }));
  for (const row of rows) {
    it(row.name, () => assert.equal(dropDatesInsideFigures([row.date], row.figures, text).length, row.kept));
    it(`${row.name}, among a book's many figures`, () => assert.equal(dropDatesInsideFigures(Array(2).fill(row.date), [...row.figures, ...far], text).length, 2 * row.kept));
  }
  const joined = 'Delegates of the 1996, 2004 and 2008 conventions and 3000 and 2000 guests met.';
  const joinedRows = [
    { name: 'the last of joined years stays, though a figure takes its noun', date: at(joined, '2008', '2008'), figures: [figure(joined, '2008 conventions', 'quantity')], kept: 1 },
    { name: 'a year after a count and "and" goes', date: at(joined, '2000', '2000'), figures: [figure(joined, '2000 guests', 'quantity')], kept: 0 },
  ];
  for (const row of joinedRows) {
    it(row.name, () => assert.equal(dropDatesInsideFigures([row.date], row.figures, joined).length, row.kept));
  }
});

describe('mergeDayAndTime', () => {
  const rows = [
    { text: 'Thursday at 1 p.m.', a: ['Thursday', 'XXXX-WXX-4'], b: ['1 p.m.', 'XXXX-XX-XXT13:00'], expect: ['XXXX-WXX-4T13:00'] },
    { text: '10 a.m., Tuesday', a: ['10 a.m.', 'XXXX-XX-XXT10:00'], b: ['Tuesday', 'XXXX-WXX-2'], expect: ['XXXX-WXX-2T10:00'] },
    { text: 'Thursday and then at 1 p.m.', a: ['Thursday', 'XXXX-WXX-4'], b: ['1 p.m.', 'XXXX-XX-XXT13:00'], expect: ['XXXX-WXX-4', 'XXXX-XX-XXT13:00'] },
    { text: 'October at 1 p.m.', a: ['October', 'XXXX-10'], b: ['1 p.m.', 'XXXX-XX-XXT13:00'], expect: ['XXXX-10', 'XXXX-XX-XXT13:00'] }, // a month is no day
  ];
  for (const row of rows) {
    it(`"${row.text}" → ${row.expect.join(', ')}`, () => {
      const list = [at(row.text, row.a[0], row.a[1]), at(row.text, row.b[0], row.b[1])];
      assert.deepEqual(mergeDayAndTime(list, row.text).map((c) => c.value), row.expect);
    });
  }
});

describe('alignYearShifts', () => {
  const text = 'Third-quarter net rose from a year ago, when the quarter was weak.';
  const rows = [
    {
      name: 'a year ago after a quarter is that quarter a year before',
      list: [at(text, 'Third-quarter', '2022-Q3'), at(text, 'a year ago', '2022', { yearsBack: 1 })],
      expect: ['2022-Q3', '2021-Q3'],
    },
    {
      name: 'the quarter is the story quarter',
      list: [at(text, 'Third-quarter', '2022-Q3'), at(text, 'the quarter', '2022-Q4', { quarterOfStory: true })],
      expect: ['2022-Q3', '2022-Q3'],
    },
    { name: 'without a quarter before it the year stays', list: [at(text, 'a year ago', '2022', { yearsBack: 1 })], expect: ['2022'] },
    {
      name: 'a quarter named far before does not reach "a year ago"',
      list: [at(text, 'Third-quarter', '2022-Q3'), { ...at(text, 'a year ago', '2022', { yearsBack: 1 }), start: 900, end: 910 }],
      expect: ['2022-Q3', '2022'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(alignYearShifts(row.list, text).map((c) => c.value), row.expect));
});

describe('anchorStoryDays', () => {
  const text = 'Shares fell Friday. Buyers came in the morning after overnight losses.';
  const morning = () => at(text, 'the morning', '2023-02-13TMO', { type: 'TIME', partOfStoryDay: { part: 'MO', daysBefore: 0 } });
  const overnight = () => at(text, 'overnight', '2023-02-12TNI', { type: 'TIME', partOfStoryDay: { part: 'NI', daysBefore: 1 } });
  const clock = () => at(text, 'the morning', '2023-02-13T09:00', { type: 'TIME', partOfStoryDay: { part: '09:00', daysBefore: 0, behindOnly: true } });
  const rows = [
    { name: 'the morning of the day named before', list: [at(text, 'Friday', '2023-02-10'), morning()], expect: ['2023-02-10', '2023-02-10TMO'] },
    { name: 'overnight is the night before that day', list: [at(text, 'Friday', '2023-02-10'), overnight()], expect: ['2023-02-10', '2023-02-09TNI'] },
    { name: 'without a day named before, the dateline stays', list: [morning()], expect: ['2023-02-13TMO'] },
    { name: 'a day named after it does not count', list: [morning(), { ...at(text, 'Friday', '2023-02-10'), start: 60, end: 66 }], expect: ['2023-02-13TMO', '2023-02-10'] },
    { name: 'a day weeks from the dateline is background, not the story day', list: [at(text, 'Friday', '2023-01-06'), morning()], expect: ['2023-01-06', '2023-02-13TMO'] },
    { name: 'a day named far before does not reach', list: [at(text, 'Friday', '2023-02-10'), { ...morning(), start: 900, end: 911 }], expect: ['2023-02-10', '2023-02-13TMO'] },
    { name: 'a month is no day', list: [at(text, 'Friday', '2023-02'), morning()], expect: ['2023-02', '2023-02-13TMO'] },
    { name: 'a clock time takes a past day', list: [at(text, 'Friday', '2023-02-10'), clock()], expect: ['2023-02-10', '2023-02-10T09:00'] },
    { name: 'a clock time takes no day ahead', list: [at(text, 'Friday', '2023-02-17'), clock()], expect: ['2023-02-17', '2023-02-13T09:00'] },
    { name: 'the morning may take a day ahead', list: [at(text, 'Friday', '2023-02-17'), morning()], expect: ['2023-02-17', '2023-02-17TMO'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(anchorStoryDays(row.list, MONDAY).map((c) => c.value), row.expect));
  it('leaves all alone without a reference date', () => {
    assert.deepEqual(anchorStoryDays([at(text, 'Friday', '2023-02-10'), morning()], null).map((c) => c.value), ['2023-02-10', '2023-02-13TMO']);
  });
});

describe('dropNameParts', () => {
  const rows = [
    { text: 'She writes for the Daily News now.', word: 'Daily', kept: false },
    { text: 'A poll from USA TODAY came out.', word: 'TODAY', kept: false },
    { text: 'USA TODAY reported it.', word: 'TODAY', kept: false },
    { text: 'He watched Good Morning America.', word: 'Morning', kept: false },
    { text: 'The song “All Right Now,” played.', word: 'Right Now', kept: false },
    { text: 'Today, prices rose.', word: 'Today', kept: true }, // a sentence starts there
    { text: 'He said: “Tonight we vote.”', word: 'Tonight', kept: true }, // a quotation starts there
    { text: 'Prices rose today in Paris.', word: 'today', kept: true },
    { text: 'Rates Rise Now For Savers', word: 'Now', kept: true }, // a title-case line
    { text: 'Prices rose Monday in New York.', word: 'Monday', kept: true }, // weekdays are capitalised anyway
  ];
  for (const row of rows) {
    it(`${row.kept ? 'keeps' : 'drops'} "${row.word}" in "${row.text}"`, () => {
      assert.equal(dropNameParts([at(row.text, row.word, 'PRESENT_REF')], row.text).length, row.kept ? 1 : 0);
    });
  }
});

describe('partOfNamed', () => {
  const rows = [
    { text: 'On the evening of March 3 they met.', part: ['the evening', '2023-02-13TEV'], next: ['March 3', '2023-03-03'], value: '2023-03-03TEV' },
    { text: 'It shut in May of that year.', part: ['May', '2023-05'], next: ['that year', '2011'], value: '2011-05' },
    { text: 'It shut in the fall of that year.', part: ['the fall', '2022-FA'], next: ['that year', '2011'], value: '2011-FA' },
    { text: 'In the evening, on March 3, they met.', part: ['the evening', '2023-02-13TEV'], next: ['March 3', '2023-03-03'], value: '2023-02-13TEV' }, // no "of"
    { text: 'It shut in May 5 of that year.', part: ['May 5', '2023-05-05'], next: ['that year', '2011'], value: '2023-05-05' }, // a day is not a part of a year here
  ];
  for (const row of rows) {
    it(`reads "${row.part[0]}" in "${row.text}" as ${row.value}`, () => {
      const found = partOfNamed([at(row.text, row.part[0], row.part[1]), at(row.text, row.next[0], row.next[1])], row.text);
      assert.deepEqual(found.map((c) => c.value), [row.value, row.next[1]]);
    });
  }
});
