import type { Analysis } from '../model';

export interface SpeakerChoice {
  readonly name: string;
  readonly description: string;
}

/**
 * Everyone the Change Speaker picker offers: the article's entities, then
 * every other speaker the engine credited a quote or claim to (“the national
 * statistics office”), each once, ignoring case.
 * speakerChoices({ entities: [Elena Marsh], claims: [speaker 'the statistics office'] }) → [Elena Marsh, the statistics office]
 */
export function speakerChoices(analysis: Pick<Analysis, 'entities' | 'quotes' | 'claims'>): SpeakerChoice[] {
  const seen = new Set<string>();
  const out: SpeakerChoice[] = [];
  const add = (name: string, description: string) => {
    const key = name.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ name: name.trim(), description });
  };
  for (const e of analysis.entities) add(e.name, e.roles.join(', ') || e.type);
  for (const q of analysis.quotes) if (q.speaker) add(q.speaker.name, 'quote speaker');
  for (const c of analysis.claims) if (c.speaker) add(c.speaker.name, 'claim speaker');
  return out;
}
