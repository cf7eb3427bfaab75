import type { Analysis, Speaker, SpeakerRef } from '../model';
import { escapeMarkdown } from './markdown';

/** "Jens Stoltenberg, *NATO Secretary General*" from the entity's roles, when it has any. */
export function speakerName(analysis: Analysis, speaker: SpeakerRef): string {
  const entity = speaker.entityId ? analysis.entities.find((e) => e.id === speaker.entityId) : undefined;
  const roles = entity?.roles.length ? `, *${escapeMarkdown(entity.roles.join(', '))}*` : '';
  return `**${escapeMarkdown(speaker.name)}**${roles}`;
}

/**
 * The speaker and why the engine thinks so, one line each:
 * "Speaker: **Jens Stoltenberg**, *NATO Secretary General*" and
 * "Evidence: 'he' at line 7 refers to Jens Stoltenberg (pronoun, cue “said”)".
 */
export function speakerLines(analysis: Analysis, speaker: Speaker): string[] {
  const how = [speaker.method, speaker.cue ? `cue “${escapeMarkdown(speaker.cue.text)}”` : '']
    .filter(Boolean)
    .join(', ');
  const lines = [`Speaker: ${speakerName(analysis, speaker)}`];
  const evidence = speaker.evidence || `named by “${speaker.mention.text}”`;
  lines.push(`Evidence: ${escapeMarkdown(evidence)}${how ? ` (${how})` : ''}`);
  return lines;
}
