import { readFileSync } from 'node:fs';
import { findFigures } from '../src/core/extractors/figures/findFigures';
const args = process.argv.slice(2);
const texts = args.length ? args : [readFileSync('/work/shared/samples/stoltenberg-2023-02-13.txt', 'utf8')];
for (const t of texts) for (const f of findFigures(t)) console.log(JSON.stringify(f));
