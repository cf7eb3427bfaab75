import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const speakers: Stage = {
  name: 'speakers',
  run: (analysis) => analysis,
};
