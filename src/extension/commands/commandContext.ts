import type { AnalysisStore } from '../analysisStore';
import type { ClaimsTree } from '../claimsTree';
import type { HighlightsSwitch } from '../highlightsSwitch';
import type { LanguageModeApi } from '../languageMode';
import type { Log } from '../output';
import type { Settings } from '../settings';

/** What the commands need, passed in rather than reached for. */
export interface CommandContext {
  readonly store: AnalysisStore;
  readonly tree: ClaimsTree;
  readonly highlights: HighlightsSwitch;
  readonly log: Log;
  readonly settings: () => Settings;
  readonly version: string;
  /** The per-file mode the user chose, which Export All follows as the editor does. */
  readonly languageMode: LanguageModeApi;
}
