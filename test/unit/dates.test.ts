import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

/** Each row: a sentence, the reference date, and every [text, type, value] expected in order. */
const rows: { text: string; ref?: string; expect: [string, string, string][] }[] = [
  // resolved against a Monday, 2023-02-13
  { text: 'Ministers meet in Brussels on February 14-15.', expect: [['February 14-15', 'DATE', '2023-02-14']] },
  { text: 'He spoke at a press conference on Monday.', expect: [['Monday', 'DATE', '2023-02-13']] },
  { text: 'The envoy arrived on Friday.', expect: [['Friday', 'DATE', '2023-02-10']] },
  { text: 'The envoy will arrive on Friday.', expect: [['Friday', 'DATE', '2023-02-17']] },
  { text: 'They met last Friday.', expect: [['last Friday', 'DATE', '2023-02-10']] },
  { text: 'Spending rose this year.', expect: [['this year', 'DATE', '2023']] },
  { text: 'The deal was signed last week.', expect: [['last week', 'DATE', '2023-W06']] },
  { text: 'Talks resume next month.', expect: [['next month', 'DATE', '2023-03']] },
  { text: 'Talks resumed earlier this month.', expect: [['earlier this month', 'DATE', '2023-02']] },
  { text: 'Orders placed today arrive two-and-a-half years later.', expect: [['today', 'DATE', '2023-02-13'], ['two-and-a-half years', 'DURATION', 'P2Y6M']] },
  { text: 'It grew for eight consecutive years.', expect: [['eight consecutive years', 'DURATION', 'P8Y']] },
  { text: 'Prices rose over the past three months.', expect: [['the past three months', 'DURATION', 'P3M']] },
  { text: 'It lasted 2 1/2 years.', expect: [['2 1/2 years', 'DURATION', 'P2Y6M']] },
  { text: 'A five-year plan was approved.', expect: [['five-year', 'DURATION', 'P5Y']] },
  { text: 'It happened two weeks ago.', expect: [['two weeks ago', 'DATE', '2023-W05']] },
  { text: 'Stocks are now lower and currently falling.', expect: [['now', 'DATE', 'PRESENT_REF'], ['currently', 'DATE', 'PRESENT_REF']] },
  { text: 'Profit rose in Q3 2022.', expect: [['Q3 2022', 'DATE', '2022-Q3']] },
  { text: 'Third-quarter profit rose.', expect: [['Third-quarter', 'DATE', '2022-Q3']] },
  { text: 'Sales slowed in the fourth quarter of 1999.', expect: [['the fourth quarter of 1999', 'DATE', '1999-Q4']] },
  { text: 'Growth resumed in the summer of 2021.', expect: [['the summer of 2021', 'DATE', '2021-SU']] },
  { text: 'Debt piled up in the 1990s.', expect: [['the 1990s', 'DATE', '199']] },
  // a decade after "his", "her" or "their" is an age, not a date
  { text: 'The former mayor died in his late seventies.', expect: [] },
  { text: 'Most callers were in their sixties.', expect: [] },
  { text: 'Prices rose in the late seventies.', expect: [['the late seventies', 'DATE', '197']] },
  { text: 'The budget for fiscal 2024 was cut.', expect: [['fiscal 2024', 'DATE', '2024']] },
  { text: 'The law passed in 2014.', expect: [['2014', 'DATE', '2014']] },
  { text: 'Inspections happen every week and audits annually.', expect: [['every week', 'SET', 'P1W'], ['annually', 'SET', 'P1Y']] },
  { text: 'The talks collapsed in October.', expect: [['October', 'DATE', '2022-10']] },
  { text: 'Elections are due in May.', expect: [['May', 'DATE', '2023-05']] },
  { text: 'Protesters march in March.', expect: [['March', 'DATE', '2023-03']] },
  { text: 'The office is open 13:00-16:00 today.', expect: [['13:00-16:00 today', 'TIME', '2023-02-13T13:00']] },
  { text: 'The bill passed on Feb. 3, 2021.', expect: [['Feb. 3, 2021', 'DATE', '2021-02-03']] },
  { text: 'Tomorrow morning the vote opens.', expect: [['Tomorrow morning', 'TIME', '2023-02-14TMO']] },
  { text: 'Police said the blast came at 10 p.m. Wednesday.', expect: [['10 p.m. Wednesday', 'TIME', '2023-02-08T22:00']] },
  { text: 'They met Thursday at 1 p.m. to talk.', expect: [['Thursday at 1 p.m.', 'TIME', '2023-02-09T13:00']] },
  { text: 'Net income rose in the latest quarter.', expect: [['the latest quarter', 'DATE', '2022-Q4']] },
  { text: 'The latest fiscal year was weak.', expect: [['The latest fiscal year', 'DATE', '2022']] },
  { text: 'Spending rose in the current quarter.', expect: [['the current quarter', 'DATE', '2023-Q1']] },
  { text: 'Third-quarter net rose, up from a year ago.', expect: [['Third-quarter', 'DATE', '2022-Q3'], ['a year ago', 'DATE', '2021-Q3']] },
  { text: 'Sales fell in the quarter.', expect: [['the quarter', 'DATE', '2022-Q4']] },
  { text: 'For the year ended March 31, sales rose.', expect: [['the year', 'DURATION', 'P1Y'], ['March 31', 'DATE', '2022-03-31']] },
  { text: 'Prices hit a peak in nineteen ninety-six.', expect: [['nineteen ninety-six', 'DATE', '1996']] },
  { text: 'Elections are due next September.', expect: [['next September', 'DATE', '2023-09']] },
  { text: 'The rights expire Nov. 21, the company said.', expect: [['Nov. 21', 'DATE', '2022-11-21']] },
  { text: 'The dividend is payable Dec. 15.', expect: [['Dec. 15', 'DATE', '2023-12-15']] },
  // spoken years, modifiers kept in the span, recurring months and seasons
  { text: 'Wool prices peaked in the winter of nineteen eighty-seven.', expect: [['the winter of nineteen eighty-seven', 'DATE', '1987-WI']] },
  { text: 'January nineteen ninety-seven brought another blast.', expect: [['January nineteen ninety-seven', 'DATE', '1997-01']] },
  { text: 'Marchers walk each July; skiers come every winter.', expect: [['each July', 'SET', 'XXXX-07'], ['every winter', 'SET', 'XXXX-WI']] },
  { text: 'Each may choose a seat.', expect: [] }, // the verb, not the month
  { text: 'The quarter-to-quarter comparison improved.', expect: [] },
  { text: 'Costs halve by the end of 1990 and work starts in early 1991.', expect: [['the end of 1990', 'DATE', '1990'], ['early 1991', 'DATE', '1991']] },
  { text: 'Accession is planned for early March.', expect: [['early March', 'DATE', '2023-03']] },
  { text: 'Soldiers march early.', expect: [] },
  { text: 'The rebels left almost two years ago.', expect: [['almost two years ago', 'DATE', '2021']] },
  { text: 'Helicopters crashed last February.', ref: '2023-03-10', expect: [['last February', 'DATE', '2022-02']] }, // the month just ended is "last month"
  { text: 'Helicopters crashed last January.', ref: '2023-03-10', expect: [['last January', 'DATE', '2023-01']] },
  { text: 'Hate groups grew over the past year.', expect: [['the past year', 'DATE', '2022']] },
  { text: 'Prices rose over the past month.', expect: [['the past month', 'DURATION', 'P1M']] },
  { text: 'She resigned in the last year of her term.', expect: [] }, // a part of the term, not counted from the dateline
  { text: "The deal should close by year's end.", expect: [["year's end", 'DATE', '2023']] },
  { text: '"The father will travel Thursday," the president said.', expect: [['Thursday', 'DATE', '2023-02-16']] }, // "said" is outside the quote
  { text: 'The envoy would fly to the United States Thursday.', expect: [['Thursday', 'DATE', '2023-02-16']] }, // "United" is no past verb
  { text: 'Shares fell Friday. Buyers came back in the morning.', expect: [['Friday', 'DATE', '2023-02-10'], ['the morning', 'TIME', '2023-02-10TMO']] },
  { text: 'Buyers came back in the morning.', expect: [['the morning', 'TIME', '2023-02-13TMO']] },
  { text: 'He will leave Thursday at 4 in the morning.', expect: [['Thursday', 'DATE', '2023-02-16'], ['4 in the morning', 'TIME', '2023-02-16T04:00']] },
  { text: 'The vote came at one in the morning.', expect: [['one in the morning', 'TIME', '2023-02-13T01:00']] },
  { text: 'Talks ended at eleven in the evening.', expect: [['eleven in the evening', 'TIME', '2023-02-13T23:00']] },
  { text: 'Someone in the morning queue left.', expect: [['the morning', 'TIME', '2023-02-13TMO']] }, // "Someone" is no hour
  { text: 'They won 24 in the morning session.', expect: [['the morning', 'TIME', '2023-02-13TMO']] }, // no such hour
  { text: 'Shares fell Friday after overnight losses in New York.', expect: [['Friday', 'DATE', '2023-02-10'], ['overnight', 'TIME', '2023-02-09TNI']] },
  { text: 'Earnings soared in the first quarter.', ref: '2023-10-26', expect: [['the first quarter', 'DATE', '2023-Q1']] }, // past tense: the quarter that has ended
  { text: 'Earnings will rise in the first quarter.', ref: '2023-10-26', expect: [['the first quarter', 'DATE', '2024-Q1']] },
  // news text: ranges of years, years and seasons named from the dateline, event dates, names that hold time words
  { text: 'Imports grew from 1999 to 2011.', expect: [['1999', 'DATE', '1999'], ['2011', 'DATE', '2011']] },
  { text: 'She led the agency 1993-2001 and then left.', expect: [['1993-2001', 'DATE', '1993']] },
  { text: 'Dial 555-2004-2008 for help.', expect: [] }, // a phone number
  { text: 'The score went from 2001-1999 to a tie.', expect: [] }, // no range runs backwards
  { text: 'Up to 2000 people came.', expect: [] },
  { text: 'It happened in January of last year.', expect: [['January of last year', 'DATE', '2022-01']] },
  { text: 'It rained in the spring of last year.', expect: [['the spring of last year', 'DATE', '2022-SP']] },
  { text: 'She regretted her March remarks.', ref: '2023-06-10', expect: [['March', 'DATE', '2023-03']] }, // a month before a noun
  { text: 'He works for the March of Dimes.', expect: [] },
  { text: 'The May government fell.', expect: [] }, // May names people too
  { text: 'Security changed after the 9/11 attacks.', expect: [['9/11', 'DATE', '2001-09-11']] },
  { text: 'The hearing is set for 9/12.', expect: [['9/12', 'DATE', '2023-09-12']] }, // other numeric dates stay this year's
  { text: 'He said so during the past months.', expect: [['the past months', 'DURATION', 'PXM']] },
  { text: 'She won six of the past seven contests.', expect: [] }, // a count of contests, not of time
  { text: 'In the past, parties split.', expect: [['the past', 'DATE', 'PAST_REF']] },
  { text: 'He wrote for the New York Daily News.', expect: [] },
  { text: 'A poll by USA TODAY and others came out.', expect: [] },
  { text: 'She hosts the show “Last Week Tonight,” on cable.', expect: [] },
  { text: 'Today, the markets opened late.', expect: [['Today', 'DATE', '2023-02-13']] },
  { text: '“Now we wait,” she said.', expect: [['Now', 'DATE', 'PRESENT_REF']] },
  { text: 'Prices Rise Now As Stocks Fall', expect: [['Now', 'DATE', 'PRESENT_REF']] }, // a title-case line
  { text: 'The president spoke to donors this weekend.', expect: [['this weekend', 'DATE', '2023-W06-WE']] }, // Monday's paper: the weekend just past
  { text: 'The president will speak to donors this weekend.', expect: [['this weekend', 'DATE', '2023-W07-WE']] },
  { text: 'The ad, which was approved, runs on the day after Christmas.', ref: '2023-12-24', expect: [['Christmas', 'DATE', '2023-12-25']] },
  { text: 'Flowers were sold on Christmas.', ref: '2023-10-01', expect: [['Christmas', 'DATE', '2022-12-25']] },
  { text: 'They won’t meet Friday.', expect: [['Friday', 'DATE', '2023-02-17']] }, // "won’t", not the past "won"
  { text: 'The leader wouldn’t say Sunday how he would vote.', expect: [['Sunday', 'DATE', '2023-02-12']] }, // yesterday, not in six days
  { text: 'Turnout in the Nov. 8 election is hard to guess.', ref: '2016-06-01', expect: [['Nov. 8', 'DATE', '2016-11-08']] }, // a scheduled event leans ahead
  { text: 'The March 15 primary gave him a lead.', ref: '2016-03-20', expect: [['March 15', 'DATE', '2016-03-15']] }, // past tense: the one just held
  { text: 'Turnout on Nov. 8 is hard to guess.', ref: '2016-06-01', expect: [['Nov. 8', 'DATE', '2015-11-08']] }, // no event: the nearer reading, weighted to the past
  { text: 'It took a year and a half to build.', expect: [['a year and a half', 'DURATION', 'P1Y6M']] },
  { text: 'It took two years and a half.', expect: [['two years and a half', 'DURATION', 'P2Y6M']] },
  { text: 'It took a year and then a half day.', expect: [['a year', 'DURATION', 'P1Y'], ['a half day', 'DURATION', 'PT12H']] }, // "and a half" must follow the unit
  { text: 'Warming of two degrees by 2100 may hurt crops.', expect: [['2100', 'DATE', '2100']] }, // "may" the verb, not May 2100
  { text: 'Profits doubled in the first half of the year.', expect: [['the first half of the year', 'DATE', '2023-H1']] },
  { text: 'Costs rose in the second half of last year.', expect: [['the second half of last year', 'DATE', '2022-H2']] },
  { text: 'She left in the first half of her term.', expect: [] }, // a half of something else
  { text: 'Readers spend 40 minutes a day on the app.', expect: [['40 minutes', 'DURATION', 'PT40M'], ['a day', 'SET', 'P1D']] },
  { text: 'The magazine named her Person of the Year.', expect: [] }, // a title, not a date
  { text: 'He was voted coach of the year twice.', expect: [] },
  { text: 'Sales slowed toward the end of the year.', expect: [['the end of the year', 'DATE', '2023']] },
  // a primary day by its name, not the nearest Tuesday
  { text: 'Twelve states vote on Super Tuesday.', ref: '2016-02-10', expect: [['Super Tuesday', 'DATE', '2016-03-01']] },
  { text: 'Her Super Tuesday wins were large.', ref: '2016-03-04', expect: [['Super Tuesday', 'DATE', '2016-03-01']] },
  { text: 'The vote is on Tuesday.', ref: '2016-02-10', expect: [['Tuesday', 'DATE', '2016-02-09']] }, // a bare Tuesday stays the nearest
  // "since" rules out a season or month still ahead
  { text: 'Volunteers have knocked on doors since the spring.', ref: '2016-02-17', expect: [['spring', 'DATE', '2015-SP']] },
  { text: 'Prices have climbed since March.', ref: '2016-02-17', expect: [['March', 'DATE', '2015-03']] },
  { text: 'Prices will climb in March.', ref: '2016-02-17', expect: [['March', 'DATE', '2016-03']] },
  // an "-ed" word after an article is an adjective, not a past verb
  { text: 'Delegates will rebel at a contested convention in July.', ref: '2016-04-09', expect: [['July', 'DATE', '2016-07']] },
  { text: 'Delegates rebelled at the convention in July.', ref: '2016-04-09', expect: [['July', 'DATE', '2015-07']] },
  // an election noun after the month leans it ahead
  { text: 'Polls favor her in a hypothetical November contest.', ref: '2016-05-27', expect: [['November', 'DATE', '2016-11']] },
  // a bare clock time in a sentence falls on the past day the story named
  { text: 'He won Tuesday. The rival gave up when polls closed at 8 p.m.', ref: '2016-02-10', expect: [['Tuesday', 'DATE', '2016-02-09'], ['8 p.m.', 'TIME', '2016-02-09T20:00']] },
  { text: 'He won Tuesday.\n9:05 p.m. The rival concedes.', ref: '2016-02-10', expect: [['Tuesday', 'DATE', '2016-02-09'], ['9:05 p.m.', 'TIME', '2016-02-10T21:05']] }, // a timestamp opening a line is the dateline's
  { text: 'They gather Thursday. Volunteers left at 2 p.m.', ref: '2016-02-10', expect: [['Thursday', 'DATE', '2016-02-11'], ['2 p.m.', 'TIME', '2016-02-10T14:00']] }, // a day ahead is not the past clause's
  // recurring weekdays
  { text: 'The network airs debates on Saturday nights and replays on Sundays.', expect: [['Saturday nights', 'SET', 'XXXX-WXX-6TNI'], ['Sundays', 'SET', 'XXXX-WXX-7']] },
  { text: 'The debate on Saturday night drew few viewers.', ref: '2015-12-23', expect: [['Saturday night', 'DATE', '2015-12-19']] },
  // a count of things per unit is a rate
  { text: 'She phones voters two nights a week.', expect: [['a week', 'SET', 'P1W']] },
  // after a preposition, one unit of time is a span, not a rate
  { text: 'The petition gathered 3,000 signatures in a week.', expect: [['a week', 'DURATION', 'P1W']] },
  { text: 'Crews cleared 40 berths within a day.', expect: [['a day', 'DURATION', 'P1D']] },
  { text: 'The trip took two days a week later.', expect: [['two days', 'DURATION', 'P2D'], ['a week', 'DURATION', 'P1W']] },
  // the first or last three or six months of a year are its quarter or half
  { text: 'He raised $5 million in the last three months of 2015.', expect: [['the last three months of 2015', 'DATE', '2015-Q4']] },
  { text: 'Trade fell in the first six months of this year.', expect: [['the first six months of this year', 'DATE', '2023-H1']] },
  { text: 'He acted in the first three months of his term.', expect: [['the first three months', 'DURATION', 'P3M']] },
  // words that only look like times
  { text: 'They celebrated the fall of the old regime.', expect: [] },
  { text: 'Crops were planted in the fall of 2014.', expect: [['the fall of 2014', 'DATE', '2014-FA']] },
  { text: 'Critics called him a Johnny-come-lately.', expect: [] },
  { text: 'The present mayor and the future governor met.', expect: [] },
  { text: 'In the future we will see.', expect: [['the future', 'DATE', 'FUTURE_REF']] },
  // a Sunday, 2023-02-12: "this week" is the week ahead unless a verb says it is over; "last week" stays the ISO week before
  { text: "The minister will skip this week's summit.", ref: '2023-02-12', expect: [['this week', 'DATE', '2023-W07']] },
  { text: 'The minister spoke this week.', ref: '2023-02-12', expect: [['this week', 'DATE', '2023-W06']] },
  { text: 'He said at a rally in Concord, N.H., this week.', ref: '2023-02-12', expect: [['this week', 'DATE', '2023-W06']] },
  { text: 'The deal was signed last week.', ref: '2023-02-12', expect: [['last week', 'DATE', '2023-W05']] },
  // a part named before its date takes that date
  { text: 'The firm opened in 2009. It closed in March of that year.', expect: [['2009', 'DATE', '2009'], ['March', 'DATE', '2009-03'], ['that year', 'DATE', '2009']] },
  { text: 'They met on the morning of Jan. 5.', expect: [['the morning', 'TIME', '2023-01-05TMO'], ['Jan. 5', 'DATE', '2023-01-05']] },
  // a future verb leans a yearless month ahead, but less for a quarter or a month a determiner ties to a noun
  { text: 'Voters will choose a mayor in November.', expect: [['November', 'DATE', '2023-11']] },
  { text: '“I’ll decide in November,” she said.', expect: [['November', 'DATE', '2023-11']] },
  { text: 'Officials are unlikely to act after her December speech.', expect: [['December', 'DATE', '2022-12']] },
  { text: 'The firm expects to report a fourth-quarter loss.', expect: [['fourth-quarter', 'DATE', '2022-Q4']] },
  { text: 'Aides sent a memo in December explaining his plan.', expect: [['December', 'DATE', '2022-12']] },
  // no reference date: TIMEX3 placeholders
  { text: 'Ministers meet on February 14-15.', ref: '', expect: [['February 14-15', 'DATE', 'XXXX-02-14']] },
  { text: 'They meet on Monday.', ref: '', expect: [['Monday', 'DATE', 'XXXX-WXX-1']] },
  // negative and tricky rows
  { text: 'You may leave now that it is over.', expect: [] },
  { text: 'May I ask a question?', expect: [] },
  { text: 'They will march to the square.', expect: [] },
  { text: 'The home side won 2-1 on penalties.', expect: [] },
  { text: 'Install version 2.1.3 of the tool.', expect: [] },
  { text: 'About 2000 people attended.', expect: [] },
  { text: 'Prices fall when supply rises.', expect: [] },
  { text: 'Call 555-2014 for details.', expect: [] },
  { text: 'The notes pay 6 3/8% a year.', expect: [['a year', 'SET', 'P1Y']] }, // a fraction, not March 8
  { text: 'The levy raises 14 million kroner a year and moves 40,000 tonnes a month.', expect: [['a year', 'SET', 'P1Y'], ['a month', 'SET', 'P1M']] }, // an amount in any unit
  { text: 'The programme will cost £2bn a year.', expect: [['a year', 'SET', 'P1Y']] }, // an abbreviated scale is an amount
  { text: 'Licences bring in 40m a month.', expect: [['a month', 'SET', 'P1M']] },
  { text: 'She trains an hour a day.', expect: [['an hour', 'DURATION', 'PT1H'], ['a day', 'SET', 'P1D']] }, // one unit of time per another
  { text: 'He called an hour a day later.', expect: [['an hour', 'DURATION', 'PT1H'], ['a day', 'DURATION', 'P1D']] }, // a lapse, no rate
  { text: 'The berth opened a year ago.', expect: [['a year ago', 'DATE', '2022']] }, // no amount: no rate
  { text: 'She is 37 years old; her 6-year-old son came.', expect: [] }, // ages are not durations
  { text: 'Obesity among 10- and 11-year-olds and two 9 year olds rose.', expect: [] },
  { text: 'The company cut its quarterly dividend.', expect: [] },
  { text: 'It paid $1.35 a share.', expect: [] }, // not 1:35 a.m.
  { text: 'Now that the vote is over, they rest.', expect: [] },
];

describe('dates', () => {
  for (const row of rows) {
    it(`finds ${row.expect.map((e) => e[0]).join(', ') || 'nothing'} in "${row.text}"`, () => {
      const ref = row.ref ?? '2023-02-13';
      const analysis = analyze(row.text, ref ? { referenceDate: ref } : {});
      checkInvariants(analysis);
      assert.deepEqual(analysis.dates.map((d) => [d.text, d.type, d.value]), row.expect);
    });
  }

  it('gives ids d1, d2, … in text order and a range for "February 14-15"', () => {
    const analysis = analyze('date 2023-02-13 Talks\nMinisters meet on February 14-15 and again in March.');
    checkInvariants(analysis);
    assert.deepEqual(analysis.dates.map((d) => d.id), ['d1', 'd2']);
    assert.deepEqual(analysis.dates[0].range, { from: '2023-02-14', to: '2023-02-15' });
  });

  it('reads the dateline as the reference date and leaves its own date out', () => {
    const analysis = analyze('date 2023-02-13 Talks set for Friday\nThey said so yesterday.');
    checkInvariants(analysis);
    assert.deepEqual(analysis.dates.map((d) => [d.text, d.value]), [['Friday', '2023-02-17'], ['yesterday', '2023-02-12']]);
  });

  it('leaves no figure inside a date, and keeps the numbers of durations', () => {
    const analysis = analyze('date 2023-02-13 T\nIn 2014, 300 troops met on February 14-15 for two-and-a-half years.');
    checkInvariants(analysis);
    for (const d of analysis.dates.filter((x) => x.type === 'DATE' || x.type === 'TIME')) {
      assert.ok(!analysis.figures.some((f) => f.start < d.end && d.start < f.end), `a figure overlaps ${d.text}`);
    }
    assert.ok(analysis.dates.some((d) => d.text === 'two-and-a-half years' && d.value === 'P2Y6M'));
  });

  it('finds the dates of the sample article', () => {
    const text =
      'date 2023-02-13 Aid\nThe issue will be on the agenda in Brussels on February 14-15, he has said ahead of the meeting on Monday. ' +
      '"Orders placed today would only be delivered two-and-a-half years later," he said. "With eight consecutive years of increases, ' +
      'we will see further increases this year."';
    const analysis = analyze(text);
    checkInvariants(analysis);
    assert.deepEqual(analysis.dates.map((d) => [d.text, d.value]), [
      ['February 14-15', '2023-02-14'], ['Monday', '2023-02-13'], ['today', '2023-02-13'],
      ['two-and-a-half years', 'P2Y6M'], ['eight consecutive years', 'P8Y'], ['this year', '2023'],
    ]);
  });
});
