import { resolve } from 'node:path';
import { figuresTask } from './eval/_figuresAlone';
void figuresTask.run(resolve('/work/shared/eval')).then((rows) => {
  for (const r of rows) if (/F1|value/.test(r.metric)) console.log(`${r.dataset}\t${r.metric}\t${r.value.toFixed(3)}\t${r.n}`);
});
