import { possessiveEnd } from './phraseWords';
import { NOT_NAME, classesOfKey } from './wordClasses';
import type { Word } from './words';

/**
 * Whether the "’s" of a name at word k is "has" rather than an owner's: "Kell’s been saying" → true;
 * "Kell’s aides" and "It’s been" (no name) → false.
 */
export const joinedHas = (ws: readonly Word[], k: number) =>
  possessiveEnd(ws[k].text) === 2 && ws[k + 1]?.key === 'been' && (classesOfKey(ws[k].key.slice(0, -2)) & NOT_NAME) === 0;
