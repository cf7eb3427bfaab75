/**
 * A share of a group as a subject: "Only 31%", "Some 60% of voters", "Two in three tenants", "Half of
 * respondents". Said of a poll's respondents, its verb reports a finding, not anyone's words.
 */
const SHARE =
  /^(?:only|just|some|about|around|roughly|nearly|almost|over|under|barely|more\s+than|fewer\s+than|less\s+than|an\s+estimated)?\s*(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|(?:half|a\s+third|two[-\s]thirds|a\s+quarter|three[-\s]quarters)\s+of\b)/i;

/** Whether a frame's subject is a share of a group: "Only 31% said they would back it" is a poll's figure. */
export const isShareSubject = (subject: string): boolean => SHARE.test(subject);
