import type { Word } from './words';

/** Verbs that tell of a silence: "she paused.", "he hesitated." */
const SILENT_VERBS: ReadonlySet<string> = new Set(['paused', 'pauses', 'hesitated', 'hesitates', 'waited', 'waits']);

/**
 * Whether word v tells that its subject said nothing: `Asked whether she would resign, she paused. "…"` makes her
 * who speaks next, but "paused" is no cue of her words.
 */
export const isSilentVerb = (w: Word | undefined) => !!w && !w.punct && w.text.length <= 9 && SILENT_VERBS.has(w.key);
