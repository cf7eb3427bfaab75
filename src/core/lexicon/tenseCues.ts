/**
 * Words and phrases that tell the tense of a clause, for the dates' tense
 * reader (extractors/dates/cueReader.ts), strongest first within each kind.
 * In a phrase, a space is one space, `+` any run of white space, and `'`
 * either apostrophe: `won't`, `plans+to` (`plans  to`).
 */
export interface TenseCues {
  /** Verbs that state the future: "will vote". */
  readonly sure: readonly string[];
  /** Words that point ahead less surely: "would", "expected", "next". */
  readonly ahead: readonly string[];
  /** The past, besides any word in `-ed` of five letters or more: "was", "said", "ago". */
  readonly past: readonly string[];
}

export const TENSE_CUES: TenseCues = {
  sure: ['will', "won't", 'shall', 'going to', 'is to', 'are to', 'set for', 'set to', 'slated', 'scheduled'],
  ahead: [
    'would', 'might', 'as soon as', 'begins', 'starts', 'opens', 'resumes', 'convenes', 'nears', 'nearing', 'approaches',
    'approaching', 'looms', 'looming', 'due', 'upcoming', 'next', 'coming', 'later this', 'plan+to', 'plans+to', 'planned',
    'planning', 'expect', 'expects', 'expected', 'intend', 'intends', 'likely to', 'unlikely to', 'may',
    'takes+effect', 'take+effect', 'goes+into+effect', 'go+into+effect', 'comes+into+force', 'come+into+force', 'enters+into+force', 'kicks+in',
    // a new date for something put off lies ahead, though the putting off is told in the past: "was pushed back to May"
    'postponed+to', 'postponed+until', 'postponed+till', 'delayed+to', 'delayed+until', 'delayed+till', 'deferred+to', 'deferred+until',
    'pushed+back+to', 'pushed+back+until', 'pushed+back+for', 'put+off+until', 'rescheduled+for', 'rescheduled+to',
    // what a forecast is for lies ahead, though the forecast is told in the past: "winds were forecast through Wednesday"
    'forecast+for', 'forecast+through', 'forecast+until', 'forecast+to', 'predicted+for', 'predicted+through', 'predicted+to',
    // a schedule told in the present: "applications close on Sept. 30", "the deadline is June 1"
    'closes', 'close+on', 'ends+on', 'end+on', 'expires', 'lapses', 'deadline+is',
  ],
  past: [
    'may+have', 'was', 'were', "wasn't", "weren't", 'had', 'did', "didn't", 'met', 'came', 'went', 'began', 'took', 'made', 'left', 'held',
    'gave', 'said', 'told', 'wrote', 'spoke', 'saw', 'sent', 'sold', 'bought', 'won', 'lost', 'fell', 'rose', 'led', 'ran', 'paid',
    'brought', 'fought', 'kept', 'found', 'got', 'struck', 'thought', 'knew', 'became', 'chose', 'drew', 'flew', 'grew', 'heard',
    'meant', 'spent', 'stood', 'swore', 'taught', 'threw', 'withdrew', 'broke', 'built', 'caught', 'felt', 'fled', 'ago', 'last',
    'earlier', 'yesterday',
    // irregular pasts of markets and figures, which the "-ed" rule cannot see: "exports sank in October"
    'shrank', 'sank', 'slid', 'swung', 'sped', 'sought', 'dealt', 'lent', 'shook', 'froze', 'stole', 'overtook', 'undertook',
    // verbs whose past is their base form are past after "it", "he" or "she", which would take "-s" in the present
    'it+forecast', 'he+forecast', 'she+forecast', 'it+cut', 'he+cut', 'she+cut', 'it+hit', 'he+hit', 'she+hit',
  ],
};

/**
 * Words in "-ed" that are no past: "will proceed in March", "Indeed, the board meets in March",
 * "costs exceed the cap", "two hundred staff", "a sacred site".
 */
export const NOT_PAST_IN_ED: readonly string[] = [
  'indeed', 'succeed', 'proceed', 'exceed', 'bleed', 'breed', 'speed', 'greed', 'creed', 'steed', 'hundred', 'kindred',
  'sacred', 'naked', 'wicked', 'hatred',
];

/** What a cue must not stand before: `next to` is a place, not a time. */
export const NOT_BEFORE: Readonly<Record<string, string>> = { next: ' to' };

/** Cues only in lower case: the verb `may`, not the month `May`. */
export const LOWER_CASE_ONLY: ReadonlySet<string> = new Set(['may']);
