/**
 * The one immutable result of analysing an article, shared by the CLI, the
 * extension and the export. Offsets are half-open [start, end) in UTF-16 code
 * units into the whole file, so that `text.slice(start, end) === span.text`
 * holds everywhere and `TextDocument.positionAt(start)` works unchanged.
 * Cross-references are by id, which keeps the result one flat, serializable graph.
 */

import type { Annotation, Review } from './annotations/model';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Warning {
  /** Stable machine-readable code, e.g. `invalid-date`, `unclosed-quote`, `no-dateline`. */
  readonly code: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

export interface Article {
  /** ISO date from the dateline, or null when absent or invalid. */
  readonly date: string | null;
  readonly title: string | null;
  /** Offset where the body starts (after the dateline and its line break); 0 without a dateline. */
  readonly bodyStart: number;
  /** The whole dateline line, without its line break; null without a dateline. */
  readonly dateline: Span | null;
  /** The headline part of the dateline; null when absent. */
  readonly headline: Span | null;
  /** The date the relative expressions are resolved against: the dateline's, else options.referenceDate. */
  readonly referenceDate: string | null;
}

export interface Paragraph {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly paragraphId: string;
}

/** `document`: a text that speaks for its authors, "the report said", "the statement read". */
export type EntityType = 'person' | 'organization' | 'group' | 'document';

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the fullest form seen, e.g. "Jens Stoltenberg". */
  readonly name: string;
  /** Titles and roles, e.g. "NATO Secretary General". */
  readonly roles: readonly string[];
  /** Every span that refers to the entity, pronouns included, in text order. */
  readonly mentions: readonly Span[];
}

export interface SpeakerRef {
  /** Null when the speaker is a free-text name not linked to an entity. */
  readonly entityId: string | null;
  readonly name: string;
}

/** Who a claim is by. */
export interface ClaimSpeaker extends SpeakerRef {
  /**
   * The words in the text that credit the claim ("he", "the statistics office", a quote's speaker mention);
   * for a speaker carried over from an earlier sentence, the words that named them there. Absent when
   * no words are known (a speaker set by hand).
   */
  readonly mention?: Span;
}

export interface Speaker extends SpeakerRef {
  /** The words at the cue that name the speaker, e.g. "he". */
  readonly mention: Span;
  /** The reporting verb or phrase, e.g. "said", "According to"; null when inferred by continuation. */
  readonly cue: Span | null;
  /** How the attribution was made: `pattern`, `pronoun`, `continuation`, `title`, ... */
  readonly method: string;
  /** One human-readable sentence of evidence for hovers. */
  readonly evidence: string;
}

/**
 * `speech`: attributed or attributable speech; `scare`: short quoted words with no cue
 * (scare quotes, terms); `title`: a quoted title of a work.
 */
export type QuoteKind = 'speech' | 'scare' | 'title';

export interface Quote extends Span {
  readonly id: string;
  readonly kind: QuoteKind;
  /** The text between the marks (for a multi-paragraph quote, including the inner paragraph breaks). */
  readonly content: Span;
  readonly speaker: Speaker | null;
  /** True when the closing mark is missing and the quote was cut at the paragraph end. */
  readonly unclosed: boolean;
  /** Ids of quotes nested inside this one. */
  readonly nestedIds?: readonly string[];
  /** Set on a nested quote: the quote it sits in. */
  readonly parentId?: string;
  /** Set once a person reviewed or added it (applyAnnotations). */
  readonly review?: Review;
  /** Set on speech printed without quote marks: a transcript's turn after its label (`RUIZ: …`), or dialogue after a dash (`— …, she said`). */
  readonly unmarked?: 'turn' | 'dash';
}

export type FigureKind =
  | 'count'
  | 'percent'
  | 'money'
  | 'quantity'
  | 'duration'
  | 'ordinal'
  | 'multiplier'
  | 'range';

export interface Figure extends Span {
  readonly id: string;
  readonly kind: FigureKind;
  /** The number, or null where the text gives none ("many times higher"). For a range, its lower bound. */
  readonly value: number | null;
  /** ISO 4217 code for money, `%` for percent, a unit name for quantities and durations; else null. */
  readonly unit: string | null;
  readonly approximate: boolean;
  /** The qualifier word(s) before or after the number: "about", "more than" (approximate), or "just", "only" (exact). */
  readonly qualifier?: string;
  readonly range?: { readonly from: number; readonly to: number };
  readonly review?: Review;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Span {
  readonly id: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2023-02-13`, `2023-W07`, `PRESENT_REF`, `P2Y6M`, `XXXX-02-14`, ... */
  readonly value: string;
  /** True when resolving it needed the reference date. */
  readonly relative: boolean;
  readonly range?: { readonly from: string; readonly to: string };
  readonly review?: Review;
}

export type ClaimType =
  | 'statistic'
  | 'factual'
  | 'prediction'
  | 'recommendation'
  | 'commitment'
  | 'opinion';

export type Attribution = 'direct' | 'indirect' | 'narrative';

export interface Claim extends Span {
  readonly id: string;
  readonly type: ClaimType;
  /** The cue words that decided the type, for hovers. */
  readonly typeEvidence: readonly string[];
  readonly attribution: Attribution;
  readonly speaker: ClaimSpeaker | null;
  readonly sentenceId: string;
  readonly quoteIds: readonly string[];
  readonly figureIds: readonly string[];
  readonly dateIds: readonly string[];
  /** 0..1: how much the claim deserves a fact-check. */
  readonly checkWorthiness: number;
  readonly review?: Review;
}

export interface AnalyzeOptions {
  /** ISO date used when the text has no valid dateline. */
  readonly referenceDate?: string;
  /** Claims below this score are left out of `claims` (default 0.5). */
  readonly minCheckWorthiness?: number;
  /** Keep every claim candidate whatever its score. */
  readonly allClaims?: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly article: Article;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  readonly claims: readonly Claim[];
  readonly warnings: readonly Warning[];
  /** Spans a person marked with a custom label (policyLens.labels); only after applyAnnotations. */
  readonly labels?: readonly LabelSpan[];
  /** The hand annotations merged in, positions in this text; only after applyAnnotations. */
  readonly annotations?: readonly Annotation[];
}

/** A span marked by hand with a custom label, e.g. "framing". */
export interface LabelSpan extends Span {
  readonly id: string;
  readonly label: string;
  readonly review: Review;
}

/** One pipeline step: reads the analysis so far and returns a new one. Never throws on user text. */
export interface Stage {
  readonly name: string;
  run(analysis: Analysis, options: AnalyzeOptions): Analysis;
}
