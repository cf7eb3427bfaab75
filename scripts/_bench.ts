import { readFileSync, readdirSync } from 'node:fs';
import { findFigures } from '../src/core/extractors/figures/findFigures';
const files = readdirSync('samples').map((f) => 'samples/' + f).concat(['/work/shared/samples/stoltenberg-2023-02-13.txt']);
const texts = files.map((f) => readFileSync(f, 'utf8'));
let n = 0;
for (let i = 0; i < 300; i++) for (const t of texts) n += findFigures(t).length;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let bytes = 0;
for (let i = 0; i < 1500; i++) for (const t of texts) { n += findFigures(t).length; bytes += t.length; }
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(cpu0);
console.log('wall MB/s', (bytes / 1e6 / (ms / 1000)).toFixed(2), 'cpu MB/s', (bytes / 1e6 / ((cpu.user + cpu.system) / 1e6)).toFixed(2), 'ms per 2KB (cpu)', ((cpu.user + cpu.system) / 1e3 / (bytes / 2048)).toFixed(3));
