import * as vscode from 'vscode';
import type { Analysis, Claim, ClaimType } from '../core/model';
import type { ClaimGroup } from './claimGroups';
import { claimRow, groupRow } from './claimRows';
import { COLORS, COMMANDS } from './ids';
import { CLAIM_TYPE_ICONS } from './claimIcons';
import { figureInWords } from '../core/hover/figureInWords';
import { timexInWords } from '../core/hover/timexInWords';
import { escapeMarkdown, scoreBar } from '../core/hover/markdown';

export interface GroupNode {
  readonly type: 'group';
  readonly group: ClaimGroup;
}

export interface ClaimNode {
  readonly type: 'claim';
  readonly claim: Claim;
  readonly parent: GroupNode;
}

export type ClaimTreeNode = GroupNode | ClaimNode;

const typeIcon = (type: ClaimType) => new vscode.ThemeIcon(CLAIM_TYPE_ICONS[type], new vscode.ThemeColor(COLORS[`${type}Claim`]));

/** The full claim with what it cites; built only when VS Code resolves the item (hover), never for the whole list. */
export function claimTooltip(analysis: Analysis, claim: Claim): vscode.MarkdownString {
  const wanted = new Set([...claim.figureIds, ...claim.dateIds]);
  const figures = analysis.figures.filter((f) => wanted.has(f.id)).map((f) => `“${f.text}” = ${figureInWords(f)}`);
  const dates = analysis.dates.filter((d) => wanted.has(d.id)).map((d) => `“${d.text}” = ${timexInWords(d.value)}`);
  const lines = [
    `**${claim.type}** · ${claim.attribution}${claim.speaker ? ` · ${escapeMarkdown(claim.speaker.name)}` : ''}`,
    escapeMarkdown(claim.text),
    ...(figures.length ? [`Figures: ${escapeMarkdown(figures.join('; '))}`] : []),
    ...(dates.length ? [`Dates: ${escapeMarkdown(dates.join('; '))}`] : []),
    `Check-worthiness: ${scoreBar(claim.checkWorthiness)}`,
  ];
  return new vscode.MarkdownString(lines.join('\n\n'));
}

/** Past this many claims the groups start collapsed, so VS Code does not build every row at once. */
const EXPAND_LIMIT = 300;

/**
 * The tree row of a group or a claim; clicking a claim reveals and selects it.
 * Ids carry the document, so a row left over from another article never stands for one of this one's.
 */
export function toTreeItem(node: ClaimTreeNode, total: number, documentKey: string): vscode.TreeItem {
  if (node.type === 'group') {
    const { group } = node;
    const state = total > EXPAND_LIMIT ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const row = groupRow(group);
    const item = new vscode.TreeItem(row.label, state);
    item.id = `${documentKey}#${group.key}`;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.accessibilityInformation = { label: row.accessibility };
    item.contextValue = 'claimGroup';
    item.iconPath =
      group.kind === 'speaker' ? new vscode.ThemeIcon('person') : group.kind === 'narrative' ? new vscode.ThemeIcon('book')
        : group.kind === 'unknown' ? new vscode.ThemeIcon('question') : typeIcon(group.kind);
    return item;
  }
  const { claim } = node;
  const row = claimRow(claim);
  const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
  item.id = `${documentKey}#${node.parent.group.key}/${claim.id}`;
  // Hand annotation's badge leads the label: the reviewed state overrides the extraction (docs/annotations.md).
  item.description = row.description;
  item.iconPath = typeIcon(claim.type);
  item.contextValue = 'claim';
  // No arguments: VS Code keeps a command's arguments only until the list redraws, and a click landing
  // after that failed with "Actual command not found". The command reads the selection instead.
  item.command = { command: COMMANDS.revealSelectedClaim, title: 'Reveal Claim' };
  item.accessibilityInformation = { label: row.accessibility };
  return item;
}
