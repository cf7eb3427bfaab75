import type { Word } from './words';
import { REPORTING, classesOf } from './wordClasses';

/** Verbs whose passive names the one spoken to: "were told", "was asked". */
const HEARING_VERBS: ReadonlySet<string> = new Set(['told', 'asked', 'urged', 'warned', 'reminded', 'instructed', 'advised', 'informed', 'assured']);
/** Forms of "be" that make a past participle passive. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Whether word v is a passive verb of telling, whose subject heard the words and spoke none: "were told", "Kell was asked". */
export const heardOnly = (ws: readonly Word[], v: number) => v > 0 && HEARING_VERBS.has(ws[v].key) && PASSIVE_AUXILIARIES.has(ws[v - 1].key);

/**
 * Where the agent of a passive verb of speech starts, the word after its "by", or -1: "The deal was hailed by
 * Ann Lee as …" names its speaker there, and the subject is what was spoken of.
 */
export function passiveAgentAt(ws: readonly Word[], v: number): number {
  // a verb of speech or naming only: in "who is reviled by progressives" the agent says nothing
  const speech = NAMING_VERBS.has(ws[v]?.key ?? '') || (v >= 0 && v < ws.length && (classesOf(ws[v]) & REPORTING) !== 0);
  return speech && v > 0 && v + 2 < ws.length && ws[v + 1].key === 'by' && PASSIVE_AUXILIARIES.has(ws[v - 1].key) ? v + 2 : -1;
}

/** Verbs whose passive subject is what the words name, never their speaker: "The plan was hailed as …". */
const NAMING_VERBS: ReadonlySet<string> = new Set([
  'described', 'hailed', 'billed', 'touted', 'branded', 'called', 'labelled', 'labeled', 'dubbed', 'praised',
  'criticised', 'criticized', 'dismissed', 'condemned', 'derided', 'denounced', 'slammed', 'welcomed',
]);

/** Whether word v is a passive verb of naming or judging, whose subject is spoken of: "was hailed", "were dismissed". */
export const namedOnly = (ws: readonly Word[], v: number) => v > 0 && NAMING_VERBS.has(ws[v].key) && PASSIVE_AUXILIARIES.has(ws[v - 1].key);
