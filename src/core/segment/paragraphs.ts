import type { Stage } from '../model';

/** Placeholder: returns the analysis unchanged until this stage is built. */
export const paragraphs: Stage = {
  name: 'paragraphs',
  run: (analysis) => analysis,
};
