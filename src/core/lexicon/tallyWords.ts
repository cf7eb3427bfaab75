/**
 * Words that make two numbers joined by a dash a tally of votes or points,
 * not a range: "passed the bill 52-48", "by a vote of 7-2", "a 21-19 majority".
 */

/** Before the tally, a few words back: "The Senate passed the bill 52-48", "won 3-1". */
export const TALLY_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'vote', 'votes', 'voted', 'voting', 'pass', 'passes', 'passed', 'fail', 'fails', 'failed', 'win', 'wins', 'won',
  'lose', 'loses', 'lost', 'beat', 'beats', 'beaten', 'defeat', 'defeats', 'defeated', 'majority', 'margin',
  'score', 'scored', 'tally', 'ruled', 'ruling', 'split', 'approved', 'rejected', 'confirmed', 'overturned', 'upheld', 'backed',
  'carried', 'adopted', 'endorsed', 'cleared', 'approval', 'decided', 'sided', 'drew', 'draw', 'tied',
]);

/** Right after the tally: "a 5-4 ruling", "a 52-48 vote", "a 21-19 majority". */
export const TALLY_WORDS_AFTER: ReadonlySet<string> = new Set([
  'vote', 'votes', 'majority', 'margin', 'win', 'victory', 'defeat', 'loss', 'ruling', 'decision', 'verdict',
  'split', 'tally', 'score', 'scoreline',
]);

/** Forms of "go" that, before "down", make a defeat: "the measure went down 4-7". */
export const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'gone', 'went']);
