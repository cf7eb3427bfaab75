import { dateTable } from './dateTable';

/**
 * A named month after "the following", "the previous" or "that" is told from the date the story last named, and
 * "the next year" or "the next month" in a past clause too: not from the dateline (2025-05-15).
 */
dateTable('dates: months and years told from the story date', [
  { text: 'The Orlen plant opened in June 1998. It closed the following March.', expect: [['June 1998', 'DATE', '1998-06'], ['the following March', 'DATE', '1999-03']] },
  { text: 'Tolla Mine flooded in August 2012, and the site was sold the following January.', expect: [['August 2012', 'DATE', '2012-08'], ['the following January', 'DATE', '2013-01']] },
  { text: 'The Orlen plant opened in June 1998. It had been planned the previous December.', expect: [['June 1998', 'DATE', '1998-06'], ['the previous December', 'DATE', '1997-12']] },
  { text: 'The port levy began in 2016. It was scrapped the following May.', expect: [['2016', 'DATE', '2016'], ['the following May', 'DATE', '2017-05']] },
  { text: 'The Orlen inquiry opened in September 2021 and reported the next month.', expect: [['September 2021', 'DATE', '2021-09'], ['the next month', 'DATE', '2021-10']] },
  { text: 'Talks collapsed in 2019. The next year the firm went bust.', expect: [['2019', 'DATE', '2019'], ['The next year', 'DATE', '2020']] },
  // a day after the month is that month's day; with a year after it, the date is told in full
  { text: 'The levy ended in 2019 and returned the following March 3.', expect: [['2019', 'DATE', '2019'], ['the following March 3', 'DATE', '2020-03-03']] },
  { text: 'Talks began in 2015. The deal was signed the following May 9 in Rome.', expect: [['2015', 'DATE', '2015'], ['the following May 9', 'DATE', '2016-05-09']] },
  { text: 'The plant shut in June 2018. It had opened the previous March 12, 2017.', expect: [['June 2018', 'DATE', '2018-06'], ['March 12, 2017', 'DATE', '2017-03-12']] },
  // negative rows: a march is a procession; "the next year" ahead or as a stretch counts from the dateline
  { text: 'Police blocked the following march by farmers.', expect: [] },
  { text: 'Talks collapsed in 2019. The next year will be hard.', expect: [['2019', 'DATE', '2019'], ['The next year', 'DATE', '2026']] },
  { text: 'Talks collapsed in 2019. Over the next year, prices fell.', expect: [['2019', 'DATE', '2019'], ['the next year', 'DATE', '2026']] },
  { text: 'The next month will be hard.', expect: [['The next month', 'DURATION', 'P1M']] },
]);
