/**
 * Greetings, thanks and the talk that runs a debate or a press conference.
 * Sentences made of these are not worth checking.
 */
export const PROCEDURAL_PHRASES: readonly string[] = [
  'good evening', 'good morning', 'good afternoon', 'good night', 'welcome', 'thank you', 'thanks', 'thank',
  'ladies and gentlemen', 'my question', 'your question', 'the question', 'next question', 'let me',
  'i want to', 'i would like to', 'i\'d like to', 'go ahead', 'time is up', 'your time', 'two minutes',
  'one minute', 'minute', 'seconds', 'moderator', 'please', 'applause', 'laughter', 'crosstalk', 'excuse me',
  'press conference', 'at a news conference', 'told reporters', 'told journalists', 'in a statement',
  'ahead of the meeting', 'hello', 'congratulations', 'of course', 'okay', 'well', 'yes', 'no',
];

/**
 * What a meeting will discuss: announcements of an agenda, which no one can
 * check, however specific the names and dates around them.
 */
export const AGENDA_PHRASES: readonly string[] = [
  'on the agenda', 'will discuss', 'will be discussed', 'will focus on', 'will also focus on', 'will address',
  'will be addressed', 'subjects of discussion', 'topics of discussion', 'will meet to', 'will take up',
];

/**
 * A party's silence: "did not respond to requests for comment", "would not say whether". It tells
 * that someone did not speak, which no fact-checker checks, however specific the names around it.
 */
export const NO_COMMENT_PHRASES: readonly string[] = [
  'did not respond to requests for comment', 'did not respond to a request for comment', 'did not immediately respond',
  'did not reply to requests for comment', 'did not return calls', 'did not return a request for comment', 'declined to comment',
  'refused to comment', 'would not comment', 'could not be reached', 'was not available for comment', 'were not available for comment',
  'not immediately available for comment', 'would not say whether', 'declined to say whether', 'did not say whether',
  'would not confirm whether', 'declined to confirm whether', 'would not say if', 'declined to say if',
];
