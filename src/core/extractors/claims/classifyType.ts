import type { ClaimType, Figure } from '../../model';
import { CUES } from './cues';
import { cueBit, recordedId, recordedMask } from './cuePattern';
import { cuesInUse } from './cuesInUse';
import { futureFigures } from './futureFigures';
import { flaggedWords, holdsFlagged } from './cueAnchors';
import { habitualPledge, habitualWould, onlyWould } from './habitualWould';
import { judgedWould } from './judgedWould';
import { PLEDGE_VERBS } from './pledgeFrame';
import { reportedPledge } from './reportedPledge';
import { LIKELIHOOD_AMOUNTS, LIKELIHOOD_COMPARATIVES } from '../../lexicon/predictionCues';

/** Figure kinds that make a claim a statistic; durations and ordinals only situate it. */
const STATISTIC_KINDS = new Set<Figure['kind']>(['count', 'percent', 'money', 'quantity', 'multiplier', 'range']);
/** Numbers written out when no figure stage has run: "40%", "$3 billion", "1,200"; each needs a digit. */
const NUMBER_FALLBACK_DIGIT = /\d/;
const NUMBER_FALLBACK = /(?:[$€£]\s?)?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)|[$€£]\s?\d[\d,.]*|\b\d{1,3}(?:,\d{3})+\b/i;

/** No figure texts or cues: shared, since the evidence is always a copy. */
const NONE: readonly string[] = [];

export interface TypeDecision {
  readonly type: ClaimType;
  readonly typeEvidence: readonly string[];
  /** A prediction (or a reported pledge) only because its figures belong to the future: it reads as a statistic otherwise. */
  readonly figuresAhead?: boolean;
}

/**
 * Decides a claim's type from its cues, strongest first: a call to act, an
 * explicit expectation, a pledge, a figure, the future tense, an evaluation.
 * "I expect that we will see increases this year" → prediction, evidence ["expect"].
 * `digits`: whether the text holds a digit, when the caller knows. `frameCue`: the prediction cue of a
 * reporting verb cut off before the text ("expects" of "She expects that …"), which counts as the text's own.
 * `reported`: the text is a clause of reported speech ("the firm would hire 250 more").
 */
export function classifyType(text: string, figures: readonly Figure[], doc?: string, digits?: boolean, frameCue?: string, reported = false): TypeDecision {
  // which lexicons have a cue at all, from the claim's recording, before any array is built
  const mask = recordedMask(text);
  const recommendation = used(CUES.recommendation, ID.recommendation, mask, text, true);
  if (recommendation.length) return { type: 'recommendation', typeEvidence: recommendation };
  // a frame that pledges ('Ministers had pledged that "…"') makes its content a commitment, as "forecasts" a prediction
  const pledged = frameCue !== undefined && PLEDGE_VERBS.has(frameCue);
  const prediction = withFrameCue(used(CUES.prediction, ID.prediction, mask, text, true), pledged ? undefined : frameCue);
  if (prediction.length && !(onlyLikely(prediction) && comparesRisks(text))) return { type: 'prediction', typeEvidence: prediction };
  const found = used(CUES.commitment, ID.commitment, mask, text, true);
  const commitment = pledged ? withFrameCue(found, frameCue) : found;
  if (commitment.length && !habitualPledge(text)) return { type: 'commitment', typeEvidence: commitment };
  const statFigures = statisticTexts(figures, doc);
  // a cue inside a figure's own text ("many times" in "many times higher") adds nothing
  const cues = used(CUES.multiplier, ID.multiplier, mask, text);
  const multipliers = cues.length ? cues.filter((cue) => !statFigures.some((f) => f.toLowerCase().includes(cue))) : NONE;
  if (statFigures.length || multipliers.length) return statistic(text, mask, [...statFigures, ...multipliers], reported);
  const durations = comparedDurations(text, figures);
  if (durations.length) return statistic(text, mask, durations, reported);
  // `digits`, when the caller has read the text already, says what the digit test would
  const written = figures.length === 0 && (digits ?? NUMBER_FALLBACK_DIGIT.test(text)) ? NUMBER_FALLBACK.exec(text) : null;
  if (written) return statistic(text, mask, [written[0]], reported);
  // a call reported in narration, as "urged" is, though weaker than a figure
  const callOn = callsOn(text);
  if (callOn) return { type: 'recommendation', typeEvidence: [callOn] };
  const future = used(CUES.future, ID.future, mask, text);
  // "Every spring the council would cut the grass": a past habit, no expectation; "I think that would be reckless": a view.
  // The opinion cues are looked up here only for a lone "would": most futures hold "will".
  const would = future.length > 0 && onlyWould(future);
  const judging = would ? used(CUES.opinion, ID.opinion, mask, text) : NONE;
  if (future.length && !(would && (habitualWould(text) || (judging.length > 0 && judgedWould(text, judging))))) return foreseen(text, future, reported);
  const opinion = would ? judging : used(CUES.opinion, ID.opinion, mask, text);
  if (opinion.length) return { type: 'opinion', typeEvidence: opinion };
  return { type: 'factual', typeEvidence: [] };
}

/**
 * A claim holding figures is a statistic, unless every figure belongs to what it expects: the future
 * or conditional verb of its clause makes it a prediction, as the same words without a figure would be
 * ("That would double the deficit"); its figures stay linked. See docs/claims-model.md, "Claim types".
 */
function statistic(text: string, mask: number, evidence: readonly string[], reported: boolean): TypeDecision {
  const future = used(CUES.future, ID.future, mask, text);
  if (future.length && !(onlyWould(future) && habitualWould(text)) && futureFigures(text, evidence, reported)) return { ...foreseen(text, future, reported), figuresAhead: true };
  return { type: 'statistic', typeEvidence: evidence };
}

/**
 * A claim told in the future: a prediction, unless it is a pledge reported in the past tense ("[he said] his party
 * would repeal the tax"), which rule 3 would have read as "we will" had it been quoted.
 */
function foreseen(text: string, future: readonly string[], reported: boolean): TypeDecision {
  const pledge = reported && onlyWould(future) ? reportedPledge(text) : null;
  return pledge ? { type: 'commitment', typeEvidence: [pledge] } : { type: 'prediction', typeEvidence: future };
}

/**
 * A call on someone to act: "called on the hospital to publish", not "called on the family". Not "calling on",
 * which mostly describes something else ("a petition calling on him to resign has 5,000 signatures").
 */
const CALL_ON = /\bcall(?:s|ed)?\s+on\s+(?:[\w'’-]+\s+){1,6}?to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]/i;

/** CALL_ON's verb, a whole run of `\w`: the claim's registered words, read already for its cues, tell whether it stands there. */
const CALL_WORDS = flaggedWords(['call', 'calls', 'called']);

/** The words "called on" of a call to act, lower-cased, or null; most texts hold no "call" and no " on " and are passed by. */
function callsOn(text: string): string | null {
  // a search for " on " cost more than the rest of the classifier: the rarer verb is looked for first
  if ((CALL_WORDS && !holdsFlagged(text, CALL_WORDS)) || text.indexOf(' on ') < 0) return null;
  const m = CALL_ON.exec(text);
  return m ? m[0].slice(0, m[0].search(/\s+on\s/)).toLowerCase() + ' on' : null;
}

/** The text's prediction cues with the frame's first, unless the text holds it already. */
function withFrameCue(cues: readonly string[], frameCue?: string): readonly string[] {
  if (!frameCue || cues.some((cue) => cue.toLowerCase() === frameCue)) return cues;
  return [frameCue, ...cues];
}

/** Whether every prediction cue is one of likelihood ("likely to"). */
const onlyLikely = (cues: readonly string[]): boolean => cues.every((cue) => cue.includes('likely'));
const LIKELY = /\b(?:un)?likely\b/gi;
const COMPARED = new RegExp(`(?:${LIKELIHOOD_AMOUNTS.join('|')}|\\d)\\s+(?:${LIKELIHOOD_COMPARATIVES.join('|')})\\s+$`, 'i');

/**
 * Whether every "likely" of the text compares measured risks ("25% less likely to", "twice as likely to"),
 * which reports a finding, not an expectation.
 */
function comparesRisks(text: string): boolean {
  LIKELY.lastIndex = 0;
  let seen = false;
  for (let m = LIKELY.exec(text); m; m = LIKELY.exec(text)) {
    if (!COMPARED.test(text.slice(Math.max(0, m.index - 16), m.index))) return false;
    seen = true;
  }
  return seen;
}

/** The recorded ids of the cue lexicons, looked up once. */
const ID = {
  recommendation: recordedId(CUES.recommendation), prediction: recordedId(CUES.prediction), commitment: recordedId(CUES.commitment),
  multiplier: recordedId(CUES.multiplier), future: recordedId(CUES.future), opinion: recordedId(CUES.opinion),
};

/** The cues of a lexicon used as such in the text; most claims have none, and the mask tells that without a search. */
const used = (pattern: RegExp, id: number, mask: number, text: string, asVerb = false): readonly string[] =>
  cueBit(pattern, id, mask, text) ? cuesInUse(pattern, text, asVerb) : NONE;

/** The texts of the figures that make a claim a statistic; `doc`, when given, is the text the figures' offsets point into. */
function statisticTexts(figures: readonly Figure[], doc?: string): readonly string[] {
  if (figures.length === 0) return NONE;
  const out: string[] = [];
  for (const f of figures) if (STATISTIC_KINDS.has(f.kind) && !countsNothing(f, doc)) out.push(f.text);
  return out;
}

/** Words that set two durations against each other: "41 weeks, compared with 29 weeks", "up from 12 days". */
const COMPARING = /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|rose|fell|risen|fallen|increased|decreased|grew)\b/i;

/** A duration with its unit written: a bare number read as one is an age ("Perez, 54,"). */
const measures = (f: Figure): boolean => f.kind === 'duration' && /[a-z]/i.test(f.text);

/**
 * The texts of a claim's durations when it compares two or more of them: a measured wait or stay set
 * against another is a statistic ("the median wait was 41 weeks, compared with 29 weeks"); one duration only situates.
 */
function comparedDurations(text: string, figures: readonly Figure[]): readonly string[] {
  // most claims hold no duration: the regexes run only for two
  let n = 0;
  for (const f of figures) if (f.kind === 'duration') n++;
  if (n < 2) return NONE;
  n = 0;
  for (const f of figures) if (measures(f)) n++;
  if (n < 2 || !COMPARING.test(text)) return NONE;
  const out: string[] = [];
  for (const f of figures) if (measures(f)) out.push(f.text);
  return out;
}

/**
 * A count of the plural it ends with, not a measure: "two political newcomers" (unit "newcomers").
 * A measure's unit is singular, so only "one gallon" ends with it, and one counts no plural.
 */
const countsNoun = (f: Figure): boolean => f.kind === 'quantity' && f.unit !== null && f.value !== 1 && f.text.endsWith(` ${f.unit}`);

/** Most a number word after "the" may be and still name people already met: "the two spoke". */
const MAX_ANAPHORIC = 10;
const THE_BEFORE = /\bthe\s+$/i;

/**
 * "one lawmaker", "at one point": a single thing counts nothing. Nor does a
 * small number in words after "the" ("the two squabbled", "the two political
 * newcomers"), which names those already met; "the 25 parties" still counts.
 */
function countsNothing(f: Figure, doc?: string): boolean {
  if (f.value === null) return false;
  if (f.kind === 'count' && f.value === 1) return true;
  if (f.kind !== 'count' && !countsNoun(f)) return false;
  if (!doc || f.value > MAX_ANAPHORIC || NUMBER_FALLBACK_DIGIT.test(f.text)) return false;
  return THE_BEFORE.test(doc.slice(Math.max(0, f.start - 8), f.start));
}
