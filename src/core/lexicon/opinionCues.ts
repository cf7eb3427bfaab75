/**
 * Evaluative cues: beliefs and value judgements. A claim holding one and no
 * stronger cue is an `opinion`.
 */
export const OPINION_CUES: readonly string[] = [
  'i think', 'i believe', 'i feel', 'we believe', 'we think', 'in my view', 'in my opinion', 'i am convinced',
  'i\'m convinced', 'it seems', 'seems to', 'frankly', 'disaster', 'disastrous', 'terrible', 'horrible',
  'wonderful', 'great', 'fantastic', 'amazing', 'awful', 'shameful', 'outrageous', 'ridiculous', 'absurd',
  'tremendous', 'incredible', 'unacceptable', 'excellent', 'failure', 'mistake', 'wrong', 'right thing',
  'best', 'worst', 'good', 'bad', 'unfair', 'fair', 'dangerous', 'reckless', 'irresponsible', 'hope',
];
