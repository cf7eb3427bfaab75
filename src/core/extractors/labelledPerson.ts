import type { Entity } from '../model';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/firstNames';

const isGiven = (word: string) => MALE_NAMES.has(word) || FEMALE_NAMES.has(word);

/**
 * Whether a label (`KATE HOLT`, `MAYOR VARGA`, `HOLT`) can name the entity `e`: a person whose surname it ends
 * with, and whose given name, when both show one, is the label's. `JANE SMITH:` is not John Smith.
 */
export function labelNames(e: Entity, label: string): boolean {
  if (e.type !== 'person') return false;
  const key = label.toLowerCase();
  const name = e.name.toLowerCase();
  const space = key.lastIndexOf(' ');
  if (name.slice(name.lastIndexOf(' ') + 1) !== key.slice(space + 1)) return false;
  if (space < 0) return true;
  const given = key.slice(0, key.indexOf(' '));
  const theirs = name.slice(0, Math.max(0, name.indexOf(' ')));
  return !(isGiven(given) && isGiven(theirs) && given !== theirs);
}

/** The person a label names: the one of that full name, else the first it can name. */
export function labelledPerson(entities: readonly Entity[], label: string): Entity | undefined {
  const key = label.toLowerCase();
  return entities.find((e) => e.type === 'person' && e.name.toLowerCase() === key) ?? entities.find((e) => labelNames(e, label));
}
