import * as vscode from 'vscode';
import type { ClaimType } from '../core/model';
import { COLORS } from './ids';

export const CLAIM_TYPES: readonly ClaimType[] = ['statistic', 'factual', 'prediction', 'recommendation', 'commitment', 'opinion'];

const color = (id: string) => new vscode.ThemeColor(id);

/**
 * One decoration type per kind. Kinds differ by shape as well as colour, for
 * readers who do not see colour: quotes get a background and a thin outline,
 * figures a solid underline, dates a dotted one, claims a gutter shape per
 * type and a left border at their start.
 */
export function createStyles(extensionUri: vscode.Uri) {
  const quotes = vscode.window.createTextEditorDecorationType({
    backgroundColor: color(COLORS.quoteBackground),
    outlineColor: color(COLORS.quoteBorder),
    outlineStyle: 'solid',
    outlineWidth: '1px',
    overviewRulerColor: color(COLORS.quoteBorder),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const underline = (id: string, style: 'solid' | 'dotted') =>
    vscode.window.createTextEditorDecorationType({
      borderColor: color(id),
      borderStyle: `none none ${style} none`,
      borderWidth: '0 0 2px 0',
      overviewRulerColor: color(id),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    });
  const claims = new Map(
    CLAIM_TYPES.map((type) => [
      type,
      vscode.window.createTextEditorDecorationType({
        gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', `claim-${type}.svg`),
        gutterIconSize: '70%',
        borderColor: color(COLORS[`${type}Claim`]),
        borderStyle: 'none none none solid',
        borderWidth: '0 0 0 3px',
        overviewRulerColor: color(COLORS[`${type}Claim`]),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }),
    ]),
  );
  const figures = underline(COLORS.figureUnderline, 'solid');
  const dates = underline(COLORS.dateUnderline, 'dotted');
  return {
    quotes,
    figures,
    dates,
    claims,
    dispose: () => [quotes, figures, dates, ...claims.values()].forEach((t) => t.dispose()),
  };
}

export type Styles = ReturnType<typeof createStyles>;
