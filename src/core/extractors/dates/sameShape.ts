import type { DateCandidate } from './candidate';

/**
 * A copy of a candidate with every field of DateCandidate present, absent
 * ones undefined, in one order. The finders each build their own mix of the
 * optional fields, so each refiner reading a field met a dozen object shapes
 * and looked it up the slow way; copied once, every candidate has one shape,
 * and so have the refiners' `{ ...c, value }` copies of it.
 * `{ start: 0, end: 4, type: 'DATE', value: '2014', relative: false, priority: 1 }` → the same, with `range: undefined`, ….
 */
export function sameShape(c: DateCandidate): DateCandidate {
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    value: c.value,
    relative: c.relative,
    range: c.range,
    priority: c.priority,
    yearsBack: c.yearsBack,
    quarterOfStory: c.quarterOfStory,
    yearsFromStory: c.yearsFromStory,
    namesEvent: c.namesEvent,
    partOfStoryDay: c.partOfStoryDay,
  };
}
