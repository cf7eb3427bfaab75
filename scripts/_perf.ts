import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/core/index';
import { PIPELINE } from '../src/core/pipeline';
const dir='/work/main/samples/';
const arts = readdirSync(dir).filter(f=>f.endsWith('.txt')).map(f=>readFileSync(dir+f,'utf8'));
const one = arts[0];
console.log('article chars', one.length);
for (const size of [1, 10, 50]) {
  const body = arts.map(a=>a.split('\n').slice(1).join('\n')).join('\n\n');
  let t = 'date 2023-02-13 Big\n\n'; while (t.length < size*1024*20) t += body + '\n\n';
  t = t.slice(0, size*20*1024);
  let a:any = analyze('');
  a = { ...a, text: t };
  const times: string[] = [];
  for (const st of PIPELINE) { const s=performance.now(); a = st.run(a, {}); times.push(`${st.name}=${(performance.now()-s).toFixed(0)}`); }
  console.log(`${t.length} chars:`, times.join(' '));
}
