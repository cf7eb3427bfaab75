import * as vscode from 'vscode';
import { reviewItem, type ReviewChange } from '../../core/annotations/editAnnotations';
import { describeItem } from '../../core/annotations/reviewChoice';
import { speakerChoices } from '../../core/annotations/speakerChoices';
import type { ClaimType } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import type { ClaimsTree } from '../claimsTree';
import type { AnnotationBook } from './annotationBook';
import { ANNOTATION_COMMANDS } from './annotationIds';
import { readAnnotationSettings, rememberTags } from './annotationSettings';
import { announce } from './announce';
import { clearReviewCommand } from './clearReview';
import { CLAIM_TYPES, pickClaimType, pickSpeaker, pickTags } from './pickers';
import { FROM_CLAIMS_VIEW, resolveTarget, type ResolvedTarget } from './reviewTarget';

export interface ReviewDeps {
  readonly store: AnalysisStore;
  readonly tree: ClaimsTree;
  readonly book: AnnotationBook;
}

type Ask = (t: ResolvedTarget, given: unknown) => Promise<ReviewChange | undefined>;

const NAMES: Record<string, string> = { quote: 'quote', claim: 'claim', figure: 'figure', date: 'date', label: 'label' };

/** The value a test or a link passed after [uri, kind, id], else the user's answer. */
const ASK: Record<string, Ask> = {
  [ANNOTATION_COMMANDS.confirm]: async () => ({ decision: 'confirm' }),
  [ANNOTATION_COMMANDS.reject]: async () => ({ decision: 'reject' }),
  [ANNOTATION_COMMANDS.changeSpeaker]: async (t, given) => {
    const current = t.item.speaker;
    const speaker = typeof given === 'string' ? given : await pickSpeaker(speakerChoices(t.analysis), current);
    return speaker?.trim() ? { speaker: speaker.trim() } : undefined;
  },
  [ANNOTATION_COMMANDS.changeClaimType]: async (t, given) => {
    if (t.item.kind !== 'claim') return undefined;
    const type = CLAIM_TYPES.includes(given as ClaimType) ? (given as ClaimType) : await pickClaimType(t.item.claimType as ClaimType);
    return type && { claimType: type };
  },
  [ANNOTATION_COMMANDS.addNote]: async (t, given) => {
    const note = typeof given === 'string' ? given : await vscode.window.showInputBox({ title: `Note on this ${NAMES[t.item.kind]}`, value: t.item.review?.note ?? '' });
    return note === undefined ? undefined : { note };
  },
  [ANNOTATION_COMMANDS.addTags]: async (t, given) => {
    const tags = Array.isArray(given) ? given.filter((x): x is string => typeof x === 'string') : await pickTags(readAnnotationSettings().tags, t.item.review?.tags ?? []);
    if (!tags?.length) return undefined;
    await rememberTags(tags);
    return { tags };
  },
};

/** What the status bar says was done, before the item's name. */
const DONE: Record<string, (change: ReviewChange) => string> = {
  [ANNOTATION_COMMANDS.confirm]: () => 'Confirmed',
  [ANNOTATION_COMMANDS.reject]: () => 'Rejected',
  [ANNOTATION_COMMANDS.changeSpeaker]: (c) => `Speaker “${c.speaker}” set on`,
  [ANNOTATION_COMMANDS.changeClaimType]: (c) => `Type ${c.claimType} set on`,
  [ANNOTATION_COMMANDS.addNote]: () => 'Note saved on',
  [ANNOTATION_COMMANDS.addTags]: (c) => `Tagged ${c.tags?.join(', ')}:`,
};

/** Speaker changes apply to quotes and claims only. */
const APPLIES: Record<string, (kind: string) => boolean> = {
  [ANNOTATION_COMMANDS.changeSpeaker]: (k) => k === 'quote' || k === 'claim',
  [ANNOTATION_COMMANDS.changeClaimType]: (k) => k === 'claim',
};

async function review(deps: ReviewDeps, command: string, args: unknown[]): Promise<boolean> {
  const t = await resolveTarget(deps.store, deps.tree, args);
  if (!t) {
    const where = args[0] === FROM_CLAIMS_VIEW ? 'select a claim in the Claims view' : 'put the cursor on a quote, claim, figure or date';
    void vscode.window.showInformationMessage(`Policy Lens: ${where} first.`);
    return false;
  }
  if (APPLIES[command] && !APPLIES[command](t.item.kind)) {
    void vscode.window.showInformationMessage(`Policy Lens: a ${NAMES[t.item.kind]} has no ${command === ANNOTATION_COMMANDS.changeSpeaker ? 'speaker' : 'claim type'}.`);
    return false;
  }
  const change = await ASK[command](t, args[3]);
  if (!change) return false;
  const notesBefore = deps.book.state(t.document.uri)?.notes ?? [];
  const what = `${DONE[command](change)} ${describeItem(t.item)}`;
  const ok = await deps.book.update(t.document, (list, ctx) => reviewItem(list, t.target, change, ctx), what);
  const fresh = (deps.book.state(t.document.uri)?.notes ?? []).filter((n) => !notesBefore.includes(n));
  if (ok) announce(what, true);
  if (ok && fresh.length) void vscode.window.showInformationMessage(`Policy Lens: ${fresh.join(' ')}`);
  return ok;
}

/** Confirm, Reject, Clear Review, Change Speaker, Change Claim Type, Add Note and Add Tags. */
export function registerReviewCommands(deps: ReviewDeps): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.keys(ASK).map((command) => vscode.commands.registerCommand(command, (...args: unknown[]) => review(deps, command, args))),
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.clearReview, (...args: unknown[]) => clearReviewCommand(deps, args)),
  );
}
