import { analyze } from '../../src/core';
for (const text of process.argv.slice(2)) {
  const a = analyze(text);
  console.log(a.sentences.map((s) => JSON.stringify(text.slice(s.start, s.end))).join(' | '));
  for (const q of a.quotes) console.log(`  ${q.kind} ${JSON.stringify(q.text.slice(0, 40))} → ${q.speaker ? `${q.speaker.mention.text} [${q.speaker.method}] cue=${q.speaker.cue?.text} name=${q.speaker.name}` : 'null'}`);
}
