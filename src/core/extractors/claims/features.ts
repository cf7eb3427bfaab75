import type { Attribution, ClaimType } from '../../model';
import { CUES } from './cues';
import { hasCue } from './cuePattern';
import { hashedTokens } from './hashedTokens';
import { wordCount } from './spanText';

/** What the engine knows about a claim besides its words. */
export interface ClaimContext {
  readonly text: string;
  readonly type: ClaimType;
  readonly attribution: Attribution;
  readonly figureKinds: readonly string[];
  readonly dateCount: number;
  readonly entityMentions: number;
  readonly hasSpeaker: boolean;
}

export interface ClaimFeatures {
  /** Values of DENSE_FEATURES, in that order. */
  readonly dense: Float64Array;
  /** 32-bit hashes of the word unigrams and bigrams; the model folds them into its buckets. */
  readonly hashes: Uint32Array;
}

/** Regexes for the surface features, compiled once. */
const RX = {
  digit: /\d/, percent: /%|\bper\s?cent\b/i, money: /[$€£]|\b(?:dollars?|euros?|pounds)\b/i,
  scale: /\b(?:hundred|thousand|million|billion|trillion)s?\b/i, year: /\b(?:1[89]\d\d|20\d\d)s?\b/,
  numberWord: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|dozen|double|twice|triple)\b/i,
  past: /\b(?:was|were|had|did|\w{3,}ed)\b/i, perfect: /\b(?:has|have|'ve)\s+(?:\w+\s+)?(?:been|\w+ed)\b/i,
  hedge: /\b(?:may|might|could|perhaps|maybe|possibly|probably)\b/i, negation: /\b(?:not|never|no|n't|nobody|nothing)\b|n't\b/i,
  question: /\?\s*["'\u201D\u2019]?\s*$/, wh: /^\s*(?:what|why|how|who|whom|which|when|where|do|does|did|is|are|can|could|would|will|should)\b/i,
  greeting: /^\s*(?:thank|thanks|welcome|good (?:evening|morning|afternoon)|hello|ladies|congratulations)/i,
  we: /\b(?:we|our|us|we're|we've)\b/i, i: /\b(?:i|me|my|i'm|i've)\b/i, you: /\b(?:you|your|you're)\b/i,
  they: /\b(?:they|their|them)\b/i, capital: /(?<=\S\s+)[A-Z][a-z]+/g,
};

const bit = (b: boolean): number => (b ? 1 : 0);
/** Matches of a global regex, counted up to `limit`: the feature is capped, so the rest of a long text need not be read. */
const countUpTo = (rx: RegExp, text: string, limit: number): number => {
  rx.lastIndex = 0;
  let n = 0;
  while (n < limit && rx.exec(text)) n++;
  return n;
};

/** Feature names, in the order of `dense`; the weights file refers to them by name. */
export const DENSE_FEATURES: readonly string[] = [
  'len:log', 'len:short', 'len:long', 'num:digit', 'num:percent', 'num:money', 'num:scale', 'num:year', 'num:word',
  'fig:any', 'fig:stat', 'date:any', 'ent:mentions', 'caps:count', 'cmp:any', 'cue:report', 'attr:direct',
  'attr:indirect', 'speaker', 'tense:past', 'tense:perfect', 'tense:future', 'cue:recommendation', 'cue:prediction',
  'cue:commitment', 'cue:opinion', 'cue:hedge', 'neg', 'q:mark', 'q:wh', 'proc:any', 'proc:greeting', 'pron:we',
  'pron:i', 'pron:you', 'pron:they', 'type:statistic', 'type:factual', 'type:prediction', 'type:recommendation',
  'type:commitment', 'type:opinion',
];

/**
 * The feature vector checkWorthiness scores. "Taxes rose 40% in 2019." →
 * num:digit 1, num:percent 1, num:year 1, cmp:any 1, type:statistic 1, …
 */
export function claimFeatures(c: ClaimContext): ClaimFeatures {
  const t = c.text;
  const words = wordCount(t);
  const stat = c.figureKinds.some((k) => k !== 'duration' && k !== 'ordinal');
  const values = [
    Math.log1p(words) / 3, bit(words < 6), bit(words > 30), bit(RX.digit.test(t)), bit(RX.percent.test(t)),
    bit(RX.money.test(t)), bit(RX.scale.test(t)), bit(RX.year.test(t)), bit(RX.numberWord.test(t)),
    bit(c.figureKinds.length > 0), bit(stat), bit(c.dateCount > 0), Math.min(c.entityMentions, 4) / 4,
    countUpTo(RX.capital, t, 4) / 4, bit(hasCue(CUES.comparative, t)), bit(hasCue(CUES.reporting, t)),
    bit(c.attribution === 'direct'), bit(c.attribution === 'indirect'), bit(c.hasSpeaker), bit(RX.past.test(t)),
    bit(RX.perfect.test(t)), bit(hasCue(CUES.future, t)), bit(hasCue(CUES.recommendation, t)),
    bit(hasCue(CUES.prediction, t)), bit(hasCue(CUES.commitment, t)), bit(hasCue(CUES.opinion, t)),
    bit(RX.hedge.test(t)), bit(RX.negation.test(t)), bit(RX.question.test(t)), bit(RX.wh.test(t)),
    bit(hasCue(CUES.procedural, t)), bit(RX.greeting.test(t)), bit(RX.we.test(t)), bit(RX.i.test(t)),
    bit(RX.you.test(t)), bit(RX.they.test(t)),
    bit(c.type === 'statistic'), bit(c.type === 'factual'), bit(c.type === 'prediction'), bit(c.type === 'recommendation'),
    bit(c.type === 'commitment'), bit(c.type === 'opinion'),
  ];
  return { dense: new Float64Array(values), hashes: hashedTokens(t) };
}
