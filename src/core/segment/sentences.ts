import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const sentences: Stage = {
  name: 'sentences',
  run: (analysis) => analysis,
};
