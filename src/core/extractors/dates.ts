import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const dates: Stage = {
  name: 'dates',
  run: (analysis) => analysis,
};
