import { endsInS } from './keyEnds';
import { isPersonNoun } from './describedAsPerson';
import type { Word } from './words';
import { ROLE, classesOfKey } from './wordClasses';

/** Plural nouns for groups of people that neither a trade ending nor the role lexicon shows: "nurses", "crews". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'staff', 'workers', 'officials', 'nurses', 'crews', 'parents', 'pupils', 'students', 'families', 'neighbours', 'neighbors',
  'locals', 'paramedics', 'medics', 'guards', 'clergy', 'relatives', 'colleagues', 'friends', 'fans', 'staffers',
  // people by what they use or do, who speak as a group: "Commuters said the delays were intolerable"
  'commuters', 'passengers', 'shoppers', 'travellers', 'travelers', 'motorists', 'drivers', 'tenants', 'homeowners',
  'renters', 'farmers', 'teachers', 'doctors', 'patients', 'customers', 'consumers', 'users', 'campaigners',
  'demonstrators', 'strikers', 'villagers', 'investors', 'traders', 'employees', 'volunteers', 'visitors', 'spectators',
  'viewers', 'listeners', 'worshippers', 'mourners', 'pensioners', 'taxpayers', 'landlords', 'holidaymakers',
  'cyclists', 'pedestrians', 'firefighters', 'rescuers', 'survivors', 'attendees', 'delegates', 'evacuees', 'applicants',
  'hauliers', 'truckers', 'dockers', 'dockworkers', 'fishermen', 'growers', 'shopkeepers',
  // bodies in the plural, which speak as their people do: "Health unions said", "Opposition parties warned"
  'unions', 'charities', 'councils', 'parties', 'insurers', 'lenders', 'airlines', 'operators', 'employers', 'businesses',
  'firms', 'companies', 'banks', 'universities', 'hospitals', 'schools', 'retailers', 'suppliers', 'manufacturers',
  'regulators', 'agencies', 'ministries',
]);

/**
 * Whether a capitalised word alone is a plural for people, which names a group and never one person:
 * "Commuters said" → true; "Sawyers said", whose "sawyer" ends as a trade does, → false.
 */
export const namesGroup = (w: Word) => !w.punct && w.key.length > 4 && GROUP_NOUNS.has(w.key);

/** "managers", "staff", "nurses": people in the plural, in lower case. */
export function peoplePlural(w: Word | undefined): boolean {
  if (!w || w.punct || w.capital) return false;
  if (GROUP_NOUNS.has(w.key)) return true;
  if (!endsInS(w.key)) return false;
  const one = w.key.slice(0, -1);
  return isPersonNoun(one) || (classesOfKey(one) & ROLE) !== 0;
}
