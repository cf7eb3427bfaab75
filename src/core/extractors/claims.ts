import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const claims: Stage = {
  name: 'claims',
  run: (analysis) => analysis,
};
