import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2025-06-02 Budget week\n\n';

/** The type of each claim, with whether it still links a figure, whatever its score. */
const typed = (body: string): string[] => {
  const a = analyze(DATELINE + body, { allClaims: true });
  checkInvariants(a);
  return a.claims.map((c) => `${c.text} | ${c.type} | ${c.figureIds.length > 0 || /doubl|tripl/i.test(c.text) ? 'figures' : 'none'}`);
};

describe('claims: a figure that belongs to what a claim foresees makes it no statistic', () => {
  const rows = [
    { text: 'Senators debated a bill that would triple the cap on donations.', expect: ['Senators debated a bill that would triple the cap on donations. | prediction | figures'] },
    { text: '"That would double the deficit," said Orla Fenwick.', expect: ['That would double the deficit | prediction | figures'] },
    { text: 'The scheme will cost £4 billion next year.', expect: ['The scheme will cost £4 billion next year. | prediction | figures'] },
    { text: 'Some 200 nurses will be hired by March.', expect: ['Some 200 nurses will be hired by March. | prediction | figures'] },
    { text: 'The levy would add 2.50 euros to each container.', expect: ['The levy would add 2.50 euros to each container. | prediction | figures'] },
    // in reported speech "would" is a "will" moved back a tense
    { text: 'A spokeswoman for Fibrelink said the firm would hire 250 engineers by the summer.', expect: ['the firm would hire 250 engineers by the summer. | prediction | figures'] },
    { text: 'A poll for the Courier found that Greer would beat Hollis 46 to 40 percent.', expect: ['Greer would beat Hollis 46 to 40 percent. | statistic | figures'] },
    // negatives: a measured figure beside the forecast, a poll's "would", a past "would", a noun "will"
    { text: 'Rents rose 12% this year and will rise again next year.', expect: ['Rents rose 12% this year and will rise again next year. | statistic | figures'] },
    { text: 'The levy, which rose 5% last year, will rise again.', expect: ['The levy, which rose 5% last year, will rise again. | statistic | figures'] },
    { text: 'Unemployment, now 5%, will rise to 7% by 2028.', expect: ['Unemployment, now 5%, will rise to 7% by 2028. | statistic | figures'] },
    { text: 'Forty-one percent would vote for Tamsin Greer in a run-off.', expect: ['Forty-one percent would vote for Tamsin Greer in a run-off. | statistic | figures'] },
    { text: 'Greer would beat Hollis 46 to 40 percent in a run-off.', expect: ['Greer would beat Hollis 46 to 40 percent in a run-off. | statistic | figures'] },
    { text: 'Without the subsidy, bills would have risen 20%.', expect: ['Without the subsidy, bills would have risen 20%. | statistic | figures'] },
    { text: 'Every spring the council would cut 200 trees.', expect: ['Every spring the council would cut 200 trees. | statistic | figures'] },
    { text: 'There is little political will to spend £2 billion on roads.', expect: ['There is little political will to spend £2 billion on roads. | statistic | figures'] },
    { text: 'The firm will be fined over the crash that left 12 workers hurt.', expect: ['The firm will be fined over the crash that left 12 workers hurt. | statistic | figures'] },
    { text: 'About 40% of tenants will move, a survey found.', expect: ['About 40% of tenants will move | statistic | figures'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(typed(row.text), row.expect));
});
