import { words } from '../../src/core/extractors/words';
import { cueAfter, cueBefore } from '../../src/core/extractors/attributionPatterns';
import { phraseBefore } from '../../src/core/extractors/phraseBefore';
const [text, mode] = process.argv.slice(2);
const ws = words(text, 0, text.length);
console.log(ws.map((w, i) => `${i}:${w.text}`).join(' '));
const r = mode === 'before' ? cueBefore(ws, 0, ws.length - 1, true) : cueAfter(ws, 0, ws.length - 1, true);
console.log(r, r && ws.slice(r.subject.from, r.subject.to + 1).map((w) => w.text).join(' '));
for (let i = 0; i < ws.length; i++) { const p = phraseBefore(ws, i, 0); if (p) console.log('phraseBefore', i, p); }
