import type { Span, SpeakerRef } from '../../model';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns';
import type { MentionIndex } from './mentionIndex';

/**
 * A source named by its role only, resolved like a pronoun: "the Secretary
 * General". A longer description or one with a possessive ("the state's party
 * leader") introduces someone new.
 */
const ROLE_ONLY = /^the\s+[a-z][\w-]*(?:\s+[\w-]+){0,2}$/i;
const LEADING_FILLER = /^(?:as|so|and|but|then|also)\s+/i;
/**
 * A document standing for its author: the body that published it is the source.
 * "figures published last week by the statistics office" → "the statistics office".
 */
const DOCUMENT_BY =
  /^(?:(?:the|a|an|new|latest|recent|official|preliminary)\s+)*(?:figures|data|statistics|numbers|estimates|forecasts?|report|survey|study|poll|analysis)\b.*?\b(?:by|from)\s+(.+?)[\s,.;:]*$/i;

/**
 * Who a reported clause belongs to, given the words naming its source.
 * An entity mention inside the words wins; a pronoun or a bare role falls back
 * to the last speaker before it; any other words stand as a free-text name.
 * The entity of the mention ending last inside the words wins (the head of "NATO chief Jens Stoltenberg").
 * "Stoltenberg" → { entityId: "e1", name: "Jens Stoltenberg" } when e1 has that mention.
 */
export function speakerFor(source: Span | null, mentions: MentionIndex, previous: SpeakerRef | null): SpeakerRef | null {
  if (!source) return null;
  const entity = mentions.lastEndingInside(source.start, source.end);
  if (entity) return { entityId: entity.id, name: entity.name };
  const words = source.text.replace(LEADING_FILLER, '').trim();
  const author = DOCUMENT_BY.exec(words)?.[1];
  if (author) return { entityId: null, name: author };
  if (SUBJECT_PRONOUNS.has(words.toLowerCase())) return previous;
  if (ROLE_ONLY.test(words)) return previous ?? { entityId: null, name: words };
  return words ? { entityId: null, name: words } : previous;
}
