/** An article written for these tests: claims well above and well below the default threshold (0.5). */
export const ARTICLE = [
  'date 2025-06-02 Town board adopts water plan',
  '',
  'The board approved 12 million dollars for new pipes on Monday.',
  '',
  '"This plan will end the summer shortages for good," said board chair Rosa Imre.',
  '',
  'Farmer Paul Ash called the plan "late and too small." He said water bills had doubled since 2019.',
  '',
  'Opponents say the town will fall short of its target by at least 300 connections.',
  '',
].join('\n');
/** The same article with a claim added above the others, which shifts every claim id by one. */
export const UPDATED = ARTICLE.replace('\n\nThe board', '\n\nUPDATE: officials said 40 homes lost water last week.\n\nThe board');

export const BILLS = 'water bills had doubled since 2019.';
export const TARGET = 'the town will fall short of its target by at least 300 connections.';
export const SHORTAGES = 'This plan will end the summer shortages for good';
export const LATE = 'Farmer Paul Ash called the plan "late and too small."';
