import * as vscode from 'vscode';
import type { SpeakerChoice } from '../../core/annotations/speakerChoices';
import type { ClaimType } from '../../core/model';

/** The picker entry for "no speaker", returned as ''. */
const NO_SPEAKER = '$(circle-slash) No speaker';

export const CLAIM_TYPES: readonly ClaimType[] = ['statistic', 'factual', 'prediction', 'recommendation', 'commitment', 'opinion'];

/**
 * A QuickPick of the article's speakers (speakerChoices) that also takes a
 * typed name: what the user typed is offered first as free text.
 */
export function pickSpeaker(choices: readonly SpeakerChoice[], current: string | null, allowNone = false): Promise<string | undefined> {
  const none = allowNone ? [{ label: NO_SPEAKER, description: 'leave unattributed' }] : [];
  const people = [...none, ...choices.map((c) => ({ label: c.name, description: c.description }))];
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem>();
  qp.title = 'Speaker';
  qp.placeholder = current ? `Now: ${current}. Pick a speaker or type a name` : 'Pick a speaker or type a name';
  qp.items = people;
  qp.onDidChangeValue((value) => {
    const typed = value.trim();
    const known = people.some((p) => p.label.toLowerCase() === typed.toLowerCase());
    qp.items = typed && !known ? [{ label: typed, description: 'free text', alwaysShow: true }, ...people] : people;
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const label = qp.selectedItems[0]?.label;
      resolve(label === NO_SPEAKER ? '' : (label ?? (qp.value.trim() || undefined)));
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

export async function pickClaimType(current: ClaimType | null): Promise<ClaimType | undefined> {
  const items = CLAIM_TYPES.map((t) => ({ label: t, description: t === current ? 'current' : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Claim type', placeHolder: 'Pick the claim type' });
  return picked?.label as ClaimType | undefined;
}

/** Tags from the workspace list, plus any new one typed; new ones join the list. */
export function pickTags(known: readonly string[], current: readonly string[]): Promise<string[] | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem>();
  qp.title = 'Tags';
  qp.placeholder = 'Pick tags, or type a new one and press Enter';
  qp.canSelectMany = true;
  const base = known.map((t) => ({ label: t }));
  qp.items = base;
  qp.selectedItems = base.filter((i) => current.includes(i.label));
  qp.onDidChangeValue((value) => {
    const typed = value.trim();
    const keep = qp.selectedItems;
    qp.items = typed && !known.includes(typed) ? [{ label: typed, description: 'new tag', alwaysShow: true }, ...base] : base;
    qp.selectedItems = qp.items.filter((i) => keep.some((k) => k.label === i.label));
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const typed = qp.value.trim();
      const chosen = qp.selectedItems.map((i) => i.label);
      resolve([...new Set(typed && !chosen.length ? [typed] : chosen)]);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
