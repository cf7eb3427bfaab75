import type { Attribution, ClaimType } from '../../model';
import { CUES } from './cues';
import { cueBit, recordedId, recordedMask } from './cuePattern';
import { hashedTokens } from './hashedTokens';
import { opensWithGreeting, opensWithQuestionWord } from './openingWords';
import { SURFACE, Surface, surfaceScan } from './surfaceScan';
import { codeUnits } from './codeUnits';
import { concretePledge } from './concretePledge';
import { leadHits } from './cueAnchors';
import type { ClaimScan } from './claimScan';
import { WORDS, inLexicons } from './surfaceWords';

/** What the engine knows about a claim besides its words. */
export interface ClaimContext {
  readonly text: string;
  /** The article the text was cut from, and where: doc.slice(start, start + text.length) is the text. */
  readonly doc: string;
  readonly start: number;
  readonly type: ClaimType;
  /** A prediction only because its figures belong to the future ("That would double the deficit"); absent is false. */
  readonly figuresAhead?: boolean;
  readonly attribution: Attribution;
  readonly figureKinds: readonly string[];
  readonly dateCount: number;
  readonly entityMentions: number;
  readonly hasSpeaker: boolean;
  /** Its characters as scanClaim read them, when read already; read again when absent. */
  readonly scan?: ClaimScan;
}

export interface ClaimFeatures {
  /** Values of DENSE_FEATURES, in that order. */
  readonly dense: Float64Array;
  /** 32-bit hashes of the word unigrams and bigrams; the model folds them into its buckets. */
  readonly hashes: Uint32Array;
}

/** Regexes for the features surfaceScan and WORDS cannot answer alone, compiled once. */
const RX = {
  percent: /%|\bper\s?cent\b/i, perfect: WORDS.perfectAux.rx, negation: /n't\b/i,
  question: /\?\s*["'\u201D\u2019]?\s*$/,
};

const bit = (b: boolean): number => (b ? 1 : 0);
/** The recorded ids of the cue lexicons the features ask about, looked up once. */
const ID = {
  comparative: recordedId(CUES.comparative), reporting: recordedId(CUES.reporting), future: recordedId(CUES.future),
  recommendation: recordedId(CUES.recommendation), prediction: recordedId(CUES.prediction),
  commitment: recordedId(CUES.commitment), opinion: recordedId(CUES.opinion), procedural: recordedId(CUES.procedural),
};
/** Figure kinds that count as a statistic: all but durations and ordinals. */
const isStatKind = (k: string): boolean => k !== 'duration' && k !== 'ordinal';
const surface = new Surface();

/** Feature names, in the order of `dense`; the weights file refers to them by name. */
export const DENSE_FEATURES: readonly string[] = [
  'len:log', 'len:short', 'len:long', 'num:digit', 'num:percent', 'num:money', 'num:scale', 'num:year', 'num:word',
  'fig:any', 'fig:stat', 'date:any', 'ent:mentions', 'caps:count', 'cmp:any', 'cue:report', 'attr:direct',
  'attr:indirect', 'speaker', 'tense:past', 'tense:perfect', 'tense:future', 'cue:recommendation', 'cue:prediction',
  'cue:commitment', 'cue:opinion', 'cue:hedge', 'neg', 'q:mark', 'q:wh', 'proc:any', 'proc:greeting', 'pron:we',
  'pron:i', 'pron:you', 'pron:they', 'type:statistic', 'type:factual', 'type:prediction', 'type:recommendation',
  'type:commitment', 'type:opinion', 'pledge:concrete',
];

/**
 * The feature vector checkWorthiness scores. "Taxes rose 40% in 2019." →
 * num:digit 1, num:percent 1, num:year 1, cmp:any 1, type:statistic 1, …
 */
export function claimFeatures(c: ClaimContext): ClaimFeatures {
  const dense = new Float64Array(DENSE_FEATURES.length);
  denseFeatures(c, dense);
  return { dense, hashes: hashedTokens(c.text) };
}

/**
 * The values of DENSE_FEATURES written into `out`, so that the stage can score
 * claim after claim in one buffer; claimFeatures (and the trainer) use the same.
 * `scanned`, when given, is surfaceScan of the claim done already (see claimScan).
 */
export function denseFeatures(c: ClaimContext, out: Float64Array, scanned?: Pick<Surface, 'flags' | 'capitals' | 'words'>): void {
  const t = c.text;
  const { flags: s, capitals, words } = scanned ?? surfaceScan(codeUnits(c.doc), c.start, c.start + t.length, surface);
  let stat = false;
  for (let f = 0; f < c.figureKinds.length && !stat; f++) stat = isStatKind(c.figureKinds[f]);
  // every word feature reads the same lexicon bits of the text
  const lex = leadHits(t).lexicons;
  // and every cue feature the same recording
  const cues = recordedMask(t);
  let k = 0;
  out[k++] = Math.log1p(words) / 3;
  out[k++] = bit(words < 6);
  out[k++] = bit(words > 30);
  out[k++] = bit((s & SURFACE.digit) !== 0);
  out[k++] = bit((s & SURFACE.percentSign) !== 0 || (inLexicons(WORDS.perCent, lex, t) === 1 && RX.percent.test(t)));
  out[k++] = bit((s & SURFACE.moneySign) !== 0 || inLexicons(WORDS.moneyWord, lex, t) === 1);
  out[k++] = inLexicons(WORDS.scale, lex, t);
  out[k++] = bit((s & SURFACE.year) !== 0);
  out[k++] = inLexicons(WORDS.numberWord, lex, t);
  out[k++] = bit(c.figureKinds.length > 0);
  out[k++] = bit(stat);
  out[k++] = bit(c.dateCount > 0);
  out[k++] = Math.min(c.entityMentions, 4) / 4;
  out[k++] = capitals / 4;
  out[k++] = cueBit(CUES.comparative, ID.comparative, cues, t);
  out[k++] = cueBit(CUES.reporting, ID.reporting, cues, t);
  out[k++] = bit(c.attribution === 'direct');
  out[k++] = bit(c.attribution === 'indirect');
  out[k++] = bit(c.hasSpeaker);
  out[k++] = bit((s & SURFACE.pastSuffix) !== 0 || inLexicons(WORDS.pastWord, lex, t) === 1);
  out[k++] = bit(inLexicons(WORDS.perfectAux, lex, t) === 1 && RX.perfect.test(t));
  out[k++] = cueBit(CUES.future, ID.future, cues, t);
  out[k++] = cueBit(CUES.recommendation, ID.recommendation, cues, t);
  out[k++] = cueBit(CUES.prediction, ID.prediction, cues, t);
  const commitment = cueBit(CUES.commitment, ID.commitment, cues, t);
  out[k++] = commitment;
  out[k++] = cueBit(CUES.opinion, ID.opinion, cues, t);
  out[k++] = inLexicons(WORDS.hedge, lex, t);
  out[k++] = bit(inLexicons(WORDS.negation, lex, t) === 1 || ((s & SURFACE.apostrophe) !== 0 && RX.negation.test(t)));
  out[k++] = bit((s & SURFACE.questionMark) !== 0 && RX.question.test(t));
  out[k++] = bit(opensWithQuestionWord(t));
  out[k++] = cueBit(CUES.procedural, ID.procedural, cues, t);
  out[k++] = bit(opensWithGreeting(t));
  out[k++] = inLexicons(WORDS.we, lex, t);
  out[k++] = inLexicons(WORDS.i, lex, t);
  out[k++] = inLexicons(WORDS.you, lex, t);
  out[k++] = inLexicons(WORDS.they, lex, t);
  // a forecast of figures is scored as the statistic it reads as: its worth lies in the figures, not in the tense
  const type = c.figuresAhead ? 'statistic' : c.type;
  out[k++] = bit(type === 'statistic');
  out[k++] = bit(type === 'factual');
  out[k++] = bit(type === 'prediction');
  out[k++] = bit(type === 'recommendation');
  out[k++] = bit(type === 'commitment');
  out[k++] = bit(type === 'opinion');
  // a pledge has a commitment cue, so most claims skip the regex
  out[k++] = bit(commitment === 1 && concretePledge(t));
}
