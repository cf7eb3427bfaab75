import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const FOLDERS = ['samples', 'test/fixtures', 'test/fixtures/bench'];

/** The project's own articles, in a fixed order: what the fuzzer mutates. */
export function seedTexts(): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder)).filter((n) => n.endsWith('.txt')).sort()) {
      texts.push({ name: `${folder}/${name}`, text: readFileSync(join(ROOT, folder, name), 'utf8') });
    }
  }
  return texts;
}
