import { descriptionHead } from './descriptionHead';
import type { Phrase } from './phraseWords';
import { possessiveEnd } from './phraseWords';
import { clauseStart } from './clauseCue';
import { DETERMINER, ORGANIZATION, ROLE, classesOf, classesOfKey } from './wordClasses';
import type { Word } from './words';

/** A clause's subject that describes someone by a role: its words [from, to], and whether it only owns the subject. */
export interface RoleSubject {
  readonly from: number;
  readonly to: number;
  readonly owner: boolean;
  /** Someone unnamed of a known sex ("A young woman …"), not a role that may fit someone named. */
  readonly stranger?: boolean;
}

/** How far past a sentence's first word opensWithThe may find its "the": timeline skips both openers for a sentence whose free names reach further. */
export const OPENER_REACH = 5;

/**
 * The word "the" that opens the first clause of words [i, j) before a role within four words ("But the
 * senator …", "Meanwhile, the former governor …"), or -1. A word lookup first: most sentences open otherwise.
 */
export function opensWithThe(ws: readonly Word[], i: number, j: number): number {
  // The determiner bit before the key: a capitalised name's key would be lowered just to be compared.
  const end = Math.min(j, i + OPENER_REACH + 1);
  let t = i;
  while (t < end && !((classesOf(ws[t]) & DETERMINER) !== 0 && ws[t].key === 'the')) t++;
  if (t >= end) return -1;
  let role = false;
  for (let r = t + 1; r <= Math.min(j - 1, t + 4) && !role; r++) role = (classesOf(ws[r]) & ROLE) !== 0;
  return role && clauseStart(ws, i, j - 1) === t ? t : -1;
}

/** Whether a word's classes make it a person's role: "governor", not "campaign" or "committee". */
const personRole = (c: number) => (c & ROLE) !== 0 && (c & ORGANIZATION) === 0;

/**
 * The role a subject phrase describes someone by: "The former governor is a triathlete" → "The former governor";
 * "the current nominee’s support for …" → "the current nominee’s", an owner. Null for "The plan is …" or "The
 * Kell campaign", whose head is no role.
 */
export function roleSubject(ws: readonly Word[], p: Phrase): RoleSubject | null {
  if (p.kind !== 'description' || (classesOf(ws[p.from]) & DETERMINER) === 0 || ws[p.from].key !== 'the') return null;
  for (let k = p.from + 1; k <= p.to; k++) {
    const w = ws[k];
    if (w.punct) return null;
    const own = possessiveEnd(w.text);
    if (own > 0) return !w.capital && personRole(classesOfKey(w.key.slice(0, -own))) ? { from: p.from, to: k, owner: true } : null;
  }
  const head = descriptionHead(ws, p.from, p.to);
  return head > p.from && !ws[head].capital && personRole(classesOf(ws[head])) ? { from: p.from, to: head, owner: false } : null;
}
