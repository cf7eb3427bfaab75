/** Every command, view, setting and colour id of the editor features, declared once. */
export const COMMANDS = {
  exportAnalysis: 'policyLens.exportAnalysis',
  exportAllArticles: 'policyLens.exportAllArticles',
  exportClaims: 'policyLens.exportClaims',
  copyClaimAsJson: 'policyLens.copyClaimAsJson',
  copyAsJson: 'policyLens.copyAsJson',
  toggleHighlights: 'policyLens.toggleHighlights',
  hideHighlights: 'policyLens.hideHighlights',
  showHighlights: 'policyLens.showHighlights',
  showOutput: 'policyLens.showOutput',
  revealClaim: 'policyLens.revealClaim',
  revealSelectedClaim: 'policyLens.revealSelectedClaim',
  revealInClaimsView: 'policyLens.revealInClaimsView',
  groupClaimsByType: 'policyLens.groupClaimsByType',
  groupClaimsBySpeaker: 'policyLens.groupClaimsBySpeaker',
  filterClaims: 'policyLens.filterClaims',
  clearClaimsFilter: 'policyLens.clearClaimsFilter',
  addDateline: 'policyLens.addDateline',
} as const;

export const VIEWS = {
  container: 'policyLens',
  claims: 'policyLens.claims',
} as const;

/** Context keys for `when` clauses in package.json. */
export const CONTEXT = {
  articleActive: 'policyLens.articleActive',
  groupBy: 'policyLens.claimsGroupBy',
  filtered: 'policyLens.claimsFiltered',
  analysing: 'policyLens.claimsAnalysing',
  highlightsHidden: 'policyLens.highlightsHidden',
  notAnalysed: 'policyLens.claimsNotAnalysed',
} as const;

export const SETTINGS = {
  section: 'policyLens',
  analysisDelayMs: 'analysisDelayMs',
  highlight: 'highlight',
  diagnostics: 'diagnostics',
  largeFileThreshold: 'largeFileThreshold',
  articleGlobs: 'articleGlobs',
  minCheckWorthiness: 'claims.minCheckWorthiness',
} as const;

export const COLORS = {
  quoteBackground: 'policyLens.quoteBackground',
  quoteBorder: 'policyLens.quoteBorder',
  figureUnderline: 'policyLens.figureUnderline',
  dateUnderline: 'policyLens.dateUnderline',
  statisticClaim: 'policyLens.statisticClaim',
  factualClaim: 'policyLens.factualClaim',
  predictionClaim: 'policyLens.predictionClaim',
  recommendationClaim: 'policyLens.recommendationClaim',
  commitmentClaim: 'policyLens.commitmentClaim',
  opinionClaim: 'policyLens.opinionClaim',
} as const;

export const DIAGNOSTIC_SOURCE = 'Policy Lens';
