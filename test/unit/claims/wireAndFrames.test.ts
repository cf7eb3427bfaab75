import * as assert from 'node:assert/strict';
import { candidatesOf, describeClaim } from './candidatesOf';

/** Every candidate as "text | speaker | attribution", whatever its score. */
const read = (body: string): string[] => candidatesOf(body).map(describeClaim);
function table(title: string, rows: readonly { text: string; expect: string[] }[]): void {
  describe(title, () => {
    for (const row of rows) it(JSON.stringify(row.text), () => assert.deepEqual(read(row.text), row.expect));
  });
}

table('claims: a courtesy title with a full stop inside an according-to source', [
  { text: 'According to Ms. Orla Brenn, the port had set aside 25 million euros.', expect: ['the port had set aside 25 million euros. | Orla Brenn | indirect'] },
  { text: 'According to Dr. Brenn, the clinic had treated 400 patients in May.', expect: ['the clinic had treated 400 patients in May. | Brenn | indirect'] },
  { text: 'The clinic had treated 400 patients in May, according to Mr. Tavi Oduya.', expect: ['The clinic had treated 400 patients in May | Tavi Oduya | indirect'] },
  // negatives: no title, or a stop that ends the sentence
  { text: 'According to Orla Brenn, the port had set aside 25 million euros.', expect: ['the port had set aside 25 million euros. | Orla Brenn | indirect'] },
  { text: 'The port set aside 25 million euros. According to plan, the berths open in May.', expect: ['The port set aside 25 million euros. | - | narrative', 'the berths open in May. | plan | indirect'] },
]);
