import { CLAUSE_SUBJECT_LEADS } from '../../lexicon/claimFrameWords';
import { actsAsVerb } from './clauseVerb';
import { nextCue } from './cuePattern';
import { CUES } from './cues';
import { wordsUpTo } from './spanText';
import { sliceWords } from './cueAnchors';

/** A conjunction of contrast after a comma, where a second speaker's frame may open: "…, while Lee insisted …". */
const CONTRAST = /,\s+(?:while|whereas|but)\s+/g;
/** CONTRAST tried at one comma. */
const CONTRAST_AT = new RegExp(CONTRAST.source, 'y');
/** Most words of the second speaker's subject before its verb: "the port director Ann Lee". */
const MAX_SUBJECT_WORDS = 5;
/** A share of the people asked: "while 60 percent said …" is one poll figure, its subject part of the statistic. */
const SHARE = /\d|\b(?:percent|half|majority|minority|third|quarter|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** Whether the words open a subject of their own: a name, "the board", "he"; not "in a later interview" nor "60 percent". */
function ownSubject(words: string): boolean {
  if (SHARE.test(words)) return false;
  const c = words.charCodeAt(0);
  return (c >= 65 && c <= 90) || CLAUSE_SUBJECT_LEADS.has(/^[a-z]+/.exec(words)?.[0] ?? '');
}

/**
 * Whether CONTRAST matches at some comma in [start, end) of the text (or one running past `end`, which the
 * exact search then drops): most frames hold none, and then no cue need be looked for.
 */
function hasContrast(text: string, start: number, end: number): boolean {
  for (let comma = text.indexOf(',', start); comma >= 0 && comma < end; comma = text.indexOf(',', comma + 1)) {
    CONTRAST_AT.lastIndex = comma;
    if (CONTRAST_AT.test(text)) return true;
  }
  return false;
}

/**
 * Where a second reported clause with a speaker of its own opens in a frame
 * that has reported one already, as an offset into [start, end) of `text`, or -1:
 * "Hale said the offer was final, while Lee insisted her members would stay out"
 * → the offset of "Lee". What comes before is Hale's, what follows Lee's.
 */
export function contrastFrameAt(text: string, start: number, end: number): number {
  if (!hasContrast(text, start, end)) return -1;
  // a slice the document's word index serves: the cue search below needs no scan of its own
  const seg = sliceWords(text, start, end);
  const first = nextCue(CUES.reporting, seg);
  if (!first) return -1;
  CONTRAST.lastIndex = first.index + first[0].length;
  for (let m = CONTRAST.exec(seg); m; m = CONTRAST.exec(seg)) {
    const subject = m.index + m[0].length;
    const verb = nextCue(CUES.reporting, seg, subject);
    if (!verb || verb.index === subject) continue;
    const words = seg.slice(subject, verb.index);
    if (words.includes(',') || !ownSubject(words)) continue;
    if (wordsUpTo(seg, subject, verb.index, MAX_SUBJECT_WORDS + 1) > MAX_SUBJECT_WORDS || !actsAsVerb(seg, verb.index)) continue;
    return subject;
  }
  return -1;
}
