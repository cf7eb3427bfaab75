import type { Speaker } from '../model';
import type { Linked } from './readSpeakers';
import { pronounSpan } from './pronounSpan';
import { describe, lineOf } from './speakerEvidence';
import type { Word } from './words';

/** The text of words [from, to]. */
function span(text: string, ws: readonly Word[], from: number, to: number) {
  return { start: ws[from].start, end: ws[to].end, text: text.slice(ws[from].start, ws[to].end) };
}

/**
 * Who a linked attribution names and the words naming them, without the cue and evidence toSpeaker adds,
 * for indirect speech that only passes its speaker on: `Kell said that …` → Kell, mention "Kell".
 */
export function toSource(text: string, ws: readonly Word[], { a, r }: Linked): Pick<Speaker, 'entityId' | 'name' | 'mention'> {
  const mention = a.subject.kind === 'pronoun' ? pronounSpan(text, ws[a.subject.from]) : span(text, ws, a.subject.from, a.subject.to);
  return r.entity ? { entityId: r.entity.id, name: r.entity.name, mention } : { entityId: null, name: mention.text, mention };
}

/**
 * The speaker of a linked attribution, with the words at the cue and one
 * sentence of evidence for hovers: `'he' at line 3 refers to Jens Stoltenberg, NATO Secretary General`.
 */
export function toSpeaker(text: string, ws: readonly Word[], lines: readonly number[], { a, r }: Linked): Speaker {
  const mention = a.subject.kind === 'pronoun' ? pronounSpan(text, ws[a.subject.from]) : span(text, ws, a.subject.from, a.subject.to);
  const verb = span(text, ws, a.cueFrom, a.cueTo);
  // "she paused." names who speaks next, and no cue.
  const cue = a.silent ? null : verb;
  const line = lineOf(lines, mention.start);
  if (!r.entity) {
    const evidence = `'${mention.text}' at line ${line} is the subject of '${verb.text}', but no one named before it fits`;
    return { entityId: null, name: mention.text, mention, cue, method: r.method, evidence };
  }
  const who = describe(r.entity.name, r.entity.roles);
  const evidence =
    r.method === 'pattern' ? `'${mention.text}' at line ${line} is the subject of '${verb.text}': ${who}` : `'${mention.text}' at line ${line} refers to ${who}`;
  return { entityId: r.entity.id, name: r.entity.name, mention, cue, method: r.method, evidence };
}
