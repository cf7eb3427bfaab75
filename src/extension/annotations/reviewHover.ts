import * as vscode from 'vscode';
import type { ExportItem } from '../../core/export/exportItems';
import type { AnalysisStore } from '../analysisStore';
import { ARTICLE_LANGUAGE } from '../languageMode';
import { toRange } from '../ranges';
import { ANNOTATION_COMMANDS as C } from './annotationIds';
import { itemsAt } from './reviewTarget';

const link = (title: string, command: string, args: unknown[]) =>
  `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${title}")`;

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

/** True when the item carries a decision that Clear Review can take back (not one added by hand). */
export const canClear = (item: ExportItem): boolean => !!item.review && item.review.status !== 'noted' && item.review.status !== 'added';

/** "✓ Confirmed by ana on 2024-05-01 · note: …" for a reviewed or noted item; null otherwise. */
export function reviewLine(item: ExportItem): string | null {
  const r = item.review;
  if (!r) return null;
  // A note alone is no verdict: the line must not read like one.
  const word = { confirmed: '**✓ Confirmed**', rejected: '**✗ Rejected**', edited: '**✎ Edited**', added: '**＋ Added**', noted: '**Not reviewed yet** · noted' }[r.status];
  const parts = [`${word} by ${escape(r.by)} on ${escape(r.at.slice(0, 10))}`];
  if (r.note) parts.push(`note: ${escape(r.note)}`);
  if (r.tags?.length) parts.push(`tags: ${r.tags.map(escape).join(', ')}`);
  return parts.join(' · ');
}

/** The review links of one item, after the engine's own hover (VS Code shows both). */
export function reviewMarkdown(uri: vscode.Uri, item: ExportItem): vscode.MarkdownString {
  const args = [uri.toString(), item.kind, item.id];
  const links = [link('Confirm', C.confirm, args), link('Reject', C.reject, args)];
  if (canClear(item)) links.push(link('Clear Review', C.clearReview, args));
  if (item.kind === 'quote' || item.kind === 'claim') links.push(link('Speaker…', C.changeSpeaker, args));
  if (item.kind === 'claim') links.push(link('Type…', C.changeClaimType, args));
  links.push(link('Note…', C.addNote, args), link('Tags…', C.addTags, args));
  const line = reviewLine(item);
  // Named, as a claim inside a quote shows the links of both.
  const what = item.kind === 'label' ? escape(item.label) : item.kind;
  const md = new vscode.MarkdownString([...(line ? [line] : []), `Review ${what}: ${links.join(' · ')}`].join('\n\n'));
  md.isTrusted = { enabledCommands: Object.values(C) };
  return md;
}

export const registerReviewHover = (store: AnalysisStore): vscode.Disposable =>
  vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, {
    provideHover(document, position) {
      const analysis = store.peek(document);
      const items = analysis ? itemsAt(analysis, document.offsetAt(position)) : [];
      if (items.length === 0) return undefined;
      return new vscode.Hover(items.map((item) => reviewMarkdown(document.uri, item)), toRange(document, items[0]));
    },
  });
