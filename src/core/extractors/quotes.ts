import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const quotes: Stage = {
  name: 'quotes',
  run: (analysis) => analysis,
};
