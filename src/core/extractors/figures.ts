import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const figures: Stage = {
  name: 'figures',
  run: (analysis) => analysis,
};
