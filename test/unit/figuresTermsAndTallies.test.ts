import { articleFigureTable as table } from './figureTable';

table('figures: a bill prefix makes the number a name', [
  { text: 'The upper chamber approved S. 2214 on Monday.', expect: [] },
  { text: 'Its companion, H.R. 4471, cleared a panel.', expect: [] },
  { text: 'The governor signed HB 1234 and SB 5.', expect: [] },
  { text: 'Delegates revived H.J.Res. 7 and S.B. 8 in May.', expect: [] },
  { text: 'Lawmakers wrote AB 5 last year.', expect: [] },
  { text: 'The plan drew 5 votes and H.R. 3 stalled.', expect: [{ text: '5 votes', value: 5 }] },
  { text: 'In the U.S. 2,000 people died.', expect: [{ text: '2,000 people', value: 2000 }] },
  { text: 'They backed Plan S. 25 countries signed.', expect: [{ text: '25 countries', value: 25 }] },
]);

table('figures: "net zero" names a target', [
  { text: 'The region wants to reach net zero by mid-century.', expect: [] },
  { text: 'It pledged net zero emissions within decades.', expect: [] },
  { text: 'Net zero carbon remains the goal.', expect: [] },
  { text: 'Net migration was zero.', expect: [{ text: 'zero', value: 0 }] },
  { text: 'The ward saw zero deaths.', expect: [{ text: 'zero deaths', value: 0, unit: 'deaths' }] },
]);

table('figures: a dashed tally after a vote word is two counts, never a range', [
  { text: 'The upper chamber passed the bill 52-48.', expect: [{ text: '52', kind: 'count', value: 52 }, { text: '48', kind: 'count', value: 48 }] },
  { text: 'A motion failed 47-53.', expect: [{ text: '47', kind: 'count' }, { text: '53', kind: 'count' }] },
  { text: 'The chamber voted 218-214 to adjourn.', expect: [{ text: '218', value: 218 }, { text: '214', value: 214 }] },
  { text: 'It carried by a vote of 60-40.', expect: [{ text: '60', value: 60 }, { text: '40', value: 40 }] },
  { text: 'She kept a 21-19 majority.', expect: [{ text: '21', value: 21 }, { text: '19', value: 19 }] },
  { text: 'The club won the game 3-1.', expect: [{ text: '3', value: 3 }, { text: '1', value: 1 }] },
  { text: 'The measure passed 52 over 48.', expect: [{ text: '52', value: 52 }, { text: '48', value: 48 }] },
  { text: 'Then 20-30 people passed by.', expect: [{ text: '20-30 people', kind: 'range', range: { from: 20, to: 30 } }] },
  { text: 'They won 2-1 on Sunday.', expect: [{ text: '2', value: 2 }, { text: '1', value: 1 }] },
  { text: 'Fans cheered a 3-0 win.', expect: [{ text: '3', value: 3 }, { text: '0', value: 0 }] },
  { text: 'They passed 20-30 bills.', expect: [{ text: '20-30 bills', kind: 'range' }] },
  { text: 'Some 45-55% of voters backed it.', expect: [{ text: 'Some 45-55%', kind: 'range', range: { from: 45, to: 55 } }] },
  { text: 'Votes: 10-20 were cast.', expect: [{ text: '10-20', kind: 'range' }] },
  { text: 'The court struck it down, ruling 2-1 that it erred.', expect: [{ text: '2', value: 2 }, { text: '1', value: 1 }] },
  { text: 'The panel split 5-4 on the question.', expect: [{ text: '5', value: 5 }, { text: '4', value: 4 }] },
  { text: 'The panel split 2-3 ways.', expect: [{ text: '2-3 ways', kind: 'range' }] },
]);

table('figures: a tally in words, or after more vote verbs, is two counts, never a range', [
  { text: 'The amendment failed 45 to 52.', expect: [{ text: '45', kind: 'count', value: 45 }, { text: '52', kind: 'count', value: 52 }] },
  { text: 'It lost by a vote of 4 to 7.', expect: [{ text: '4', value: 4 }, { text: '7', value: 7 }] },
  { text: 'Members voted 2 to 9 against it.', expect: [{ text: '2', value: 2 }, { text: '9', value: 9 }] },
  { text: 'The motion carried 14-3.', expect: [{ text: '14', value: 14 }, { text: '3', value: 3 }] },
  { text: 'The bylaw was adopted 8-1 after a debate.', expect: [{ text: '8', value: 8 }, { text: '1', value: 1 }] },
  { text: 'The levy cleared the assembly 60-40.', expect: [{ text: '60', value: 60 }, { text: '40', value: 40 }] },
  { text: 'The justices sided with the town 5-4.', expect: [{ text: '5', value: 5 }, { text: '4', value: 4 }] },
  { text: 'The rivals drew 1-1 at home.', expect: [{ text: '1', value: 1 }, { text: '1', value: 1 }] },
  // Real ranges stay ranges: a unit, an opener, or a vote word too far back.
  { text: 'Trustees voted on a 3-5% rise.', expect: [{ text: '3-5%', kind: 'range', range: { from: 3, to: 5 } }] },
  { text: 'The panel voted to cap classes at 25 to 30.', expect: [{ text: '25 to 30', kind: 'range', range: { from: 25, to: 30 } }] },
  { text: 'Members voted between 7 and 9 times.', expect: [{ text: 'between 7 and 9 times', kind: 'range' }] },
  { text: 'Fees rose 7-9% this year.', expect: [{ text: '7-9%', kind: 'range', range: { from: 7, to: 9 } }] },
  { text: 'Turnout fell from 40 to 52.', expect: [{ text: 'from 40 to 52', kind: 'range' }] },
]);

table('figures: a bare number over a base is one rate, the base its unit', [
  { text: 'Incidence was 312 per 100,000 person-years.', expect: [{ text: '312 per 100,000 person-years', kind: 'quantity', value: 312, unit: 'per 100,000 person-years' }] },
  { text: 'The rate was 3 per 1,000 residents.', expect: [{ text: '3 per 1,000 residents', value: 3, unit: 'per 1,000 residents' }] },
  { text: 'It stood at 4.5 per 100,000.', expect: [{ text: '4.5 per 100,000', value: 4.5, unit: 'per 100,000' }] },
  { text: 'We saw 12 cases per 100,000 people.', expect: [{ text: '12 cases per 100,000 people', value: 12, unit: 'cases per 100,000 people' }] },
  { text: 'Water costs $350 per 1,000 litres.', expect: [{ text: '$350 per 1,000 litres', kind: 'money', value: 350, unit: 'USD' }] },
  { text: 'They followed 5,000 person-years.', expect: [{ text: '5,000 person-years', kind: 'quantity', unit: 'person-year' }] },
  { text: 'They scored 3 per game.', expect: [{ text: '3', kind: 'count', unit: null }] },
  { text: 'Prices rose 20 per cent.', expect: [{ text: '20 per cent', kind: 'percent' }] },
]);

table('figures: emission units name the gas after the mass', [
  { text: 'The sector emitted 412 MtCO2e in 2025.', expect: [{ text: '412 MtCO2e', kind: 'quantity', value: 412, unit: 'megaton CO2e' }] },
  { text: 'Plants emit 2.3 MtCO2 each.', expect: [{ text: '2.3 MtCO2', value: 2.3, unit: 'megaton CO2' }] },
  { text: 'About 37 Gt CO2 was released.', expect: [{ text: 'About 37 Gt CO2', value: 37, unit: 'gigaton CO2' }] },
  { text: 'Each flight adds 5 tCO2e.', expect: [{ text: '5 tCO2e', value: 5, unit: 'tonne CO2e' }] },
  { text: 'The mill cut 40 kt CO₂e.', expect: [{ text: '40 kt CO₂e', value: 40, unit: 'kiloton CO2e' }] },
  { text: 'Mines ship 2.3 Mt each.', expect: [{ text: '2.3 Mt', unit: 'megaton' }] },
  { text: 'Forests absorb 3 gigatonnes yearly.', expect: [{ text: '3 gigatonnes yearly', unit: 'gigaton' }] },
]);

table('figures: "over" a duration after a verb phrase means during, exactly', [
  { text: 'Runners were less likely to develop gout over nine years.', expect: [{ text: 'nine years', kind: 'duration', value: 9, approximate: false }] },
  { text: 'Wages will climb gradually over six years.', expect: [{ text: 'six years', approximate: false }] },
  { text: 'The levy rises over 3 years, while fees fall.', expect: [{ text: '3 years', approximate: false }] },
  { text: 'He served over nine years in prison.', expect: [{ text: 'over nine years', approximate: true, qualifier: 'over' }] },
  { text: 'She waited for over two years.', expect: [{ text: 'over two years', approximate: true }] },
  { text: 'The talk lasted a little over two hours.', expect: [{ text: 'over two hours', approximate: true }] },
  { text: 'It has been over nine years since.', expect: [{ text: 'over nine years', approximate: true }] },
  { text: 'It opened to kids over five years old.', expect: [{ text: 'over five years old', approximate: true }] },
  { text: 'We read the panel’s over three hour report.', expect: [{ text: 'over three hour', approximate: true }] },
  { text: 'Over nine years, the firm grew.', expect: [{ text: 'Over nine years', approximate: true }] },
]);
