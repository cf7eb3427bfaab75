/** One line of the eval table: a metric of one task on one dataset. */
export interface EvalRow {
  readonly task: string;
  readonly dataset: string;
  readonly metric: string;
  readonly value: number;
  /** How many cases the metric was computed over. */
  readonly n?: number;
}

/** A task scores the engine on the dev splits found under evalDir (../shared/eval). */
export interface EvalTask {
  readonly name: string;
  run(evalDir: string, limit?: number): Promise<readonly EvalRow[]>;
}
