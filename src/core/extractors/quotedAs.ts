import type { Cue } from './attributionPatterns';
import { namedOnly, passiveAgentAt } from './heardOnly';
import { phraseAfter } from './phraseAfter';
import type { Word } from './words';

/** Verbs whose object, not their subject, is the speaker when "as saying" follows: "the paper quoted her as saying". */
const QUOTING: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/**
 * The cue turned to the one who spoke when a passive verb names its agent ("was hailed by Ann Lee as"), or to the
 * one quoted when it reads "X quoted Y as saying": `"…," the Valley Herald quoted her as
 * saying` is her quote; the cue's word may be the verb or the participle after "as". Null for a passive of naming
 * with no agent ("was hailed as"). Else the cue as it was.
 */
export function quotedAs(ws: readonly Word[], cue: Cue): Cue | null {
  // "The deal was hailed by Ann Lee as …": a passive verb's agent after "by" speaks, not the subject spoken of;
  // with no agent ("The plan was hailed as …") no one the sentence names does
  const agentAt = passiveAgentAt(ws, cue.cueFrom);
  const agent = agentAt >= 0 ? phraseAfter(ws, agentAt, Math.min(ws.length - 1, agentAt + 8)) : null;
  if (agent && agent.kind !== 'pronoun') return { cueFrom: cue.cueFrom, cueTo: cue.cueTo, subject: agent };
  if (namedOnly(ws, cue.cueFrom)) return null;
  const w = ws[cue.cueFrom];
  if (QUOTING.has(w.key)) {
    const object = phraseAfter(ws, cue.cueFrom + 1, Math.min(ws.length - 1, cue.cueFrom + 8));
    return object && ws[object.to + 1]?.key === 'as' && isParticiple(ws[object.to + 2]) ? { cueFrom: cue.cueFrom, cueTo: cue.cueTo, subject: object } : cue;
  }
  if (!isParticiple(w) || ws[cue.cueFrom - 1]?.key !== 'as') return cue;
  for (let k = cue.cueFrom - 3; k >= Math.max(0, cue.cueFrom - 10); k--) {
    if (ws[k].punct) return cue;
    if (!QUOTING.has(ws[k].key)) continue;
    const object = phraseAfter(ws, k + 1, cue.cueFrom - 2);
    return object && object.to === cue.cueFrom - 2 ? { cueFrom: k, cueTo: k, subject: object } : cue;
  }
  return cue;
}

/** "saying", "telling", "writing": the participle after "as" in "quoted her as saying". */
const isParticiple = (w: Word | undefined) => !!w && !w.punct && w.key.length > 4 && w.key.endsWith('ing');
