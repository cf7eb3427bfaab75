import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

/** Each candidate as "text | type". */
const types = (body: string): string[] => candidatesOf(body).map((c) => `${c.text} | ${c.type}`);

describe('claims: a pledge reported or handed over is a commitment, a judged "would" an opinion', () => {
  const rows: { name: string; text: string; expect: string[] }[] = [
    { name: 'a party pledge reported with "would"', text: 'Ines Barrow said her party would repeal the tax.', expect: ['her party would repeal the tax. | commitment'] },
    { name: 'a pledge of the speaker\'s members', text: 'Ines Barrow said his members would challenge the order in court.', expect: ['his members would challenge the order in court. | commitment'] },
    { name: 'a speaker pledge reported with "would"', text: 'Ines Barrow said she would vote against the plan.', expect: ['she would vote against the plan. | commitment'] },
    { name: 'a belief before "would"', text: '"I think that would be reckless," Ines Barrow said.', expect: ['I think that would be reckless | opinion'] },
    { name: '"would be" and a judging word', text: '"That would be a disaster for the port," Ines Barrow said.', expect: ['That would be a disaster for the port | opinion'] },
    { name: 'a quote a frame pledged', text: 'Ministers had pledged in 2021 that "no family will wait more than a year for a home".', expect: ['no family will wait more than a year for a home | commitment'] },
    // negative rows: a thing foreseen, what befalls the subject, a past habit, a frame that only says
    { name: 'a cost foreseen', text: 'Ines Barrow said it would cost the port more.', expect: ['it would cost the port more. | prediction'] },
    { name: 'what an election brings', text: 'Ines Barrow said she would gain ground in the north.', expect: ['she would gain ground in the north. | prediction'] },
    { name: 'a subject that is no side of the speaker', text: 'Ines Barrow said the levy would rise next spring.', expect: ['the levy would rise next spring. | prediction'] },
    { name: 'a "would" with no judging word', text: '"That would close the port," Ines Barrow said.', expect: ['That would close the port | prediction'] },
    { name: 'a quote a frame only said', text: 'Ministers had said in 2021 that "no family will wait more than a year for a home".', expect: ['no family will wait more than a year for a home | prediction'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(types(row.text), row.expect));
});
