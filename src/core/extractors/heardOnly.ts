import type { Word } from './words';

/** Verbs whose passive names the one spoken to: "were told", "was asked". */
const HEARING_VERBS: ReadonlySet<string> = new Set(['told', 'asked', 'urged', 'warned', 'reminded', 'instructed', 'advised', 'informed', 'assured']);
/** Forms of "be" that make a past participle passive. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Whether word v is a passive verb of telling, whose subject heard the words and spoke none: "were told", "Kell was asked". */
export const heardOnly = (ws: readonly Word[], v: number) => v > 0 && HEARING_VERBS.has(ws[v].key) && PASSIVE_AUXILIARIES.has(ws[v - 1].key);
