import type { Page } from 'playwright-core';

/**
 * One screenshot: open `file` from samples/, run `commands` inside VS Code, wait
 * `settleMs` for debounced decorations, then save media/screenshots/<name>.png.
 * Append rows here; `npm run screenshots` takes them all, in order.
 */
export interface Scene {
  readonly name: string;
  readonly file: string;
  /** Command ids, or `[id, ...args]`, run after the file is open. */
  readonly commands?: readonly (string | readonly [string, ...unknown[]])[];
  /** The language the file must reach before the shot; default policy-article. */
  readonly language?: string;
  /** Zero-based line to put the cursor on and reveal. */
  readonly line?: number;
  readonly settleMs?: number;
  /** Browser-side steps just before the shot (hovering, pressing keys), run by the harness. */
  readonly beforeShot?: (page: Page) => Promise<void>;
}

export const SCENES: readonly Scene[] = [
  { name: 'article', file: 'eu-steel-tariffs-2024-03-05.txt' },
  // Editor features (issue 6): highlights with a hover, the Claims view, outline, export, problems.
  { name: 'highlights-hover', file: 'central-bank-rates-2024-09-18.txt', line: 4, commands: ['editor.action.showHover'], settleMs: 2000 },
  { name: 'claims-tree', file: 'central-bank-rates-2024-09-18.txt', commands: ['policyLens.claims.focus'], settleMs: 1500 },
  { name: 'outline', file: 'central-bank-rates-2024-09-18.txt', commands: ['outline.focus'], settleMs: 1500 },
  { name: 'export', file: 'central-bank-rates-2024-09-18.txt', commands: [['workbench.action.quickOpen', '>Policy Lens: Export']], settleMs: 1000 },
  // Problems need flawed text: insert an unattributed and an unclosed quote, saved to the temporary copy.
  {
    name: 'problems',
    file: 'vaccine-funding-2023-11-08.txt',
    line: 13,
    commands: [
      ['editor.action.insertSnippet', { snippet: '\n"Clinics in the north were never told about the money."\n\nA nurse in Tarven put it bluntly: "We ran out of syringes in June and nobody answered our letters.\n\n' }],
      'workbench.action.files.save',
      'workbench.actions.view.problems',
    ],
    settleMs: 2000,
  },
  // Hand annotation (issue 7): the keyboard-first picker over a selected sentence, with the Review view open.
  {
    name: 'annotate',
    file: 'central-bank-rates-2024-09-18.txt',
    line: 6,
    commands: ['policyLens.review.focus', 'workbench.action.focusActiveEditorGroup', 'expandLineSelection'],
    settleMs: 1500,
    beforeShot: async (page) => {
      await page.keyboard.press('Alt+P');
      await page.keyboard.press('A');
      await page.waitForTimeout(1200);
    },
  },
];
