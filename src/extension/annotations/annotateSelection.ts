import * as vscode from 'vscode';
import { addAnnotation } from '../../core/annotations/editAnnotations';
import type { AnnotationFields, TargetKind } from '../../core/annotations/model';
import { describeItem } from '../../core/annotations/reviewChoice';
import { speakerChoices } from '../../core/annotations/speakerChoices';
import type { AnalysisStore } from '../analysisStore';
import type { AnnotationBook } from './annotationBook';
import { readAnnotationSettings } from './annotationSettings';
import { announce } from './announce';
import { pickClaimType, pickSpeaker } from './pickers';

interface Choice extends vscode.QuickPickItem {
  readonly target: TargetKind;
  readonly labelName?: string;
}

const BUILT_IN: readonly Choice[] = [
  { target: 'quote', label: 'Quote', description: 'speech, with its speaker' },
  { target: 'claim', label: 'Claim', description: 'a check-worthy statement, with its type' },
  { target: 'figure', label: 'Figure', description: 'a number, with its value' },
  { target: 'date', label: 'Date', description: 'a date, with its TIMEX3 value' },
];

/** The kinds and custom labels, numbered so a digit picks one at once. */
function pickKind(): Promise<Choice | undefined> {
  const labels = readAnnotationSettings().labels.map((l): Choice => ({ target: 'label', labelName: l.name, label: l.name, description: `label · ${l.color}` }));
  const items = [...BUILT_IN, ...labels].map((c, i) => ({ ...c, label: i < 9 ? `${i + 1}  ${c.label}` : c.label }));
  const qp = vscode.window.createQuickPick<Choice>();
  qp.title = 'Annotate Selection';
  qp.placeholder = 'Type a digit or pick a kind, Enter to save';
  qp.items = items;
  return new Promise((resolve) => {
    qp.onDidChangeValue((value) => {
      const n = /^[1-9]$/.test(value) ? Number(value) - 1 : -1;
      if (n >= 0 && n < items.length) {
        resolve(items[n]);
        qp.hide();
      }
    });
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** The fields each kind asks for; undefined when the user pressed Escape. */
async function askFields(choice: Choice, store: AnalysisStore, document: vscode.TextDocument, text: string): Promise<AnnotationFields | undefined> {
  if (choice.target === 'label') return { label: choice.labelName ?? 'label' };
  if (choice.target === 'quote') {
    const speaker = await pickSpeaker(speakerChoices(await store.get(document)), null, true);
    return speaker === undefined ? undefined : speaker ? { speaker } : {};
  }
  if (choice.target === 'claim') {
    const claimType = await pickClaimType(null);
    return claimType && { claimType };
  }
  const guess = choice.target === 'figure' ? (/-?\d[\d,]*(\.\d+)?/.exec(text)?.[0] ?? '') : '';
  const value = await vscode.window.showInputBox({ title: `${choice.target === 'figure' ? 'Figure value' : 'Date value (TIMEX3, e.g. 2024-03-01)'}`, value: guess });
  return value === undefined ? undefined : value.trim() ? { value: value.trim() } : {};
}

/**
 * "Policy Lens: Annotate Selection…": marks the selection as a quote, claim,
 * figure, date or custom label. A test may pass the kind (or label name) and fields.
 */
export async function annotateSelection(store: AnalysisStore, book: AnnotationBook, kindOrLabel?: string, given?: AnnotationFields): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty || !store.isArticle(editor.document)) {
    void vscode.window.showInformationMessage('Policy Lens: select some text in an article first.');
    return false;
  }
  const { document, selection } = editor;
  const start = document.offsetAt(selection.start);
  const end = document.offsetAt(selection.end);
  const builtIn = BUILT_IN.find((c) => c.target === kindOrLabel);
  const choice = kindOrLabel ? (builtIn ?? { target: 'label' as const, label: kindOrLabel, labelName: kindOrLabel }) : await pickKind();
  if (!choice) return false;
  const fields = given ?? (await askFields(choice, store, document, document.getText(selection)));
  if (!fields) return false;
  const all = choice.target === 'label' ? { label: choice.labelName, ...fields } : fields;
  const what = `Added ${describeItem({ kind: choice.target, label: choice.labelName ?? choice.target, text: document.getText(selection) })}`;
  const ok = await book.update(document, (list, ctx) => addAnnotation(list, choice.target, start, end, all, ctx), what);
  if (ok) announce(what, true);
  return ok;
}
