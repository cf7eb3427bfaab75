import { isTrimSpace } from '../../charCodes';
import { isLetter, wordEnd } from './framePhrases';
import { hasWordAt, wordTable } from './wordTable';
import { CLAUSE_OPENERS, PASSIVE_AUXILIARIES } from '../../lexicon/claimFrameWords';
import { AUXILIARIES } from '../../lexicon/reportingVerbs';

/** The conjunctions that join a second verb to the subject of a first one: "… and said". */
const JOINERS = wordTable(new Set(['and', 'but']));

/** Whether the subject ends on a conjunction after white space: "Ann Lee called the plan … and". */
function endsJoined(subject: string): boolean {
  let k = subject.length;
  while (k > 0 && isLetter(subject.charCodeAt(k - 1))) k--;
  return k > 0 && isTrimSpace(subject.charCodeAt(k - 1)) && hasWordAt(subject, k, subject.length, JOINERS);
}
/** Past tenses not in -ed that a first verb often takes: "A neighbour came in and said", "She stood up and said". */
const IRREGULAR_PAST = wordTable(
  new Set('came went stood sat rose got took ran met made gave wrote held kept sent spoke broke fell shook threw drew began brought bought sought felt lost won saw'.split(' ')),
);

/** Prepositions opening a phrase before the subject, which a short subject cannot open with: "For that she drew …". */
const LEADING_PREPOSITIONS = wordTable(new Set(['for', 'in', 'on', 'at', 'with', 'after', 'before', 'by', 'from', 'to', 'during', 'among', 'of', 'as']));

/** Where white space before `i` starts. */
function spaceBefore(subject: string, i: number): number {
  let end = i;
  while (end > 0 && isTrimSpace(subject.charCodeAt(end - 1))) end--;
  return end;
}

/** Fewest letters of a past tense in -ed read as the first verb: not "red" or "bed". */
const MIN_VERB_LETTERS = 5;

/**
 * Where the subject ends when the reporting verb is joined by "and" to a verb
 * before it, which the two share: the start of the first lower-case word in -ed
 * (or a common irregular past) after the subject's first word, or -1. `Ann Lee called the plan "too little,
 * too late" and` → 8 (the subject "Ann Lee"); "Ann Lee and Tom Hale" → -1.
 */
export function sharedSubjectEnd(subject: string): number {
  if (!endsJoined(subject)) return -1;
  let i = 0;
  while (i < subject.length && !isLetter(subject.charCodeAt(i))) i++;
  i = wordEnd(subject, i);
  while (i < subject.length) {
    if (!isLetter(subject.charCodeAt(i)) || isLetter(subject.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const e = wordEnd(subject, i);
    const c = subject.charCodeAt(i);
    if (c >= 97 && c <= 122 && e - i >= MIN_VERB_LETTERS && subject.charCodeAt(e - 1) === 100 && subject.charCodeAt(e - 2) === 101) {
      const end = spaceBefore(subject, i);
      return ownSubject(subject, end) ? end : -1;
    }
    // an irregular past counts only after a subject of the main clause: in "Libya, which brought …" the verb is the relative's
    if (c >= 97 && c <= 122 && hasWordAt(subject, i, e, IRREGULAR_PAST)) {
      const end = spaceBefore(subject, i);
      if (ownSubject(subject, end) && !hasWordAt(subject, 0, wordEnd(subject, 0), LEADING_PREPOSITIONS)) return end;
    }
    i = e;
  }
  return -1;
}

/** Words that end no subject of a main clause: a relative ("studies that looked"), an auxiliary ("we were attacked"). */
const NOT_LAST = wordTable(new Set(['who', 'which', 'that', 'whom']), PASSIVE_AUXILIARIES, AUXILIARIES);
const NOT_FIRST = wordTable(CLAUSE_OPENERS);

/** Whether subject[0, end) can be the subject of the main clause: not "when you", "studies that", "we were". */
function ownSubject(subject: string, end: number): boolean {
  let k = end;
  while (k > 0 && isLetter(subject.charCodeAt(k - 1))) k--;
  if (hasWordAt(subject, k, end, NOT_LAST)) return false;
  let i = 0;
  while (i < end && !isLetter(subject.charCodeAt(i))) i++;
  return !hasWordAt(subject, i, wordEnd(subject, i), NOT_FIRST);
}
