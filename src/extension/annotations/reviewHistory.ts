import type { Annotation } from '../../core/annotations/model';
import type { ArticleState } from './articleState';

/** One review as the undo and redo stacks keep it. */
export interface ReviewStep {
  readonly before: readonly Annotation[];
  readonly after: readonly Annotation[];
  /** The article's document version when the review was made (or last undone or redone). */
  readonly version: number;
  /** What the status bar said, e.g. "Confirmed claim “…”". */
  readonly what: string;
}

export type Direction = 'undo' | 'redo';

/** Enough to take back a morning's reviews; older steps go first. */
const MAX_STEPS = 100;

/**
 * The reviews of each loaded article, newest last, to undo and redo. Kept per
 * article state: a sidecar reloaded after a change on disk is a new state,
 * so reviews made before it are not taken back over someone else's work.
 */
export class ReviewHistory {
  private readonly stacks = new WeakMap<ArticleState, Record<Direction, ReviewStep[]>>();

  private of(state: ArticleState): Record<Direction, ReviewStep[]> {
    let stacks = this.stacks.get(state);
    if (!stacks) this.stacks.set(state, (stacks = { undo: [], redo: [] }));
    return stacks;
  }

  /** A new review: it can be undone, and what was undone before can no longer be redone. */
  record(state: ArticleState, step: ReviewStep): void {
    const stacks = this.of(state);
    stacks.undo = [...stacks.undo, step].slice(-MAX_STEPS);
    stacks.redo = [];
  }

  peek(state: ArticleState, direction: Direction): ReviewStep | undefined {
    return this.stacks.get(state)?.[direction].at(-1);
  }

  /** The top step was undone (or redone) at `version`: it moves to the other stack. */
  moved(state: ArticleState, direction: Direction, version: number): void {
    const stacks = this.of(state);
    const step = stacks[direction].pop();
    if (step) stacks[direction === 'undo' ? 'redo' : 'undo'].push({ ...step, version });
  }

  /** The top step can no longer be taken back (its item was changed since): it is dropped. */
  drop(state: ArticleState, direction: Direction): void {
    this.of(state)[direction].pop();
  }
}
