/** The command, view, setting and colour ids of hand annotation, declared once. */
export const ANNOTATION_COMMANDS = {
  confirm: 'policyLens.confirm',
  reject: 'policyLens.reject',
  clearReview: 'policyLens.clearReview',
  changeSpeaker: 'policyLens.changeSpeaker',
  changeClaimType: 'policyLens.changeClaimType',
  addNote: 'policyLens.addNote',
  addTags: 'policyLens.addTags',
  annotateSelection: 'policyLens.annotateSelection',
  reattachOrphan: 'policyLens.reattachOrphan',
  deleteAnnotation: 'policyLens.deleteAnnotation',
  openSidecar: 'policyLens.openSidecar',
  compareAnnotations: 'policyLens.compareAnnotations',
  revealRange: 'policyLens.revealRange',
  exportW3c: 'policyLens.exportW3c',
  exportBrat: 'policyLens.exportBrat',
  exportCsv: 'policyLens.exportCsv',
  undoReview: 'policyLens.undoReview',
  redoReview: 'policyLens.redoReview',
} as const;

/** Context keys: a review is the last thing done in the active article, so Ctrl+Z (Ctrl+Y) acts on it. */
export const ANNOTATION_CONTEXT = {
  undo: 'policyLens.canUndoReview',
  redo: 'policyLens.canRedoReview',
} as const;

export const ANNOTATION_VIEWS = {
  review: 'policyLens.review',
} as const;

export const ANNOTATION_SETTINGS = {
  author: 'author',
  labels: 'labels',
  tags: 'tags',
  showRejected: 'showRejected',
} as const;

export const ANNOTATION_COLORS = {
  confirmed: 'policyLens.reviewConfirmed',
  edited: 'policyLens.reviewEdited',
  rejected: 'policyLens.reviewRejected',
} as const;
