import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import { SETTINGS } from '../ids';
import { ANNOTATION_SETTINGS } from './annotationIds';

export interface LabelSetting {
  readonly name: string;
  /** A CSS colour for the label's highlight, e.g. "#c586c0". */
  readonly color: string;
}

export interface AnnotationSettings {
  readonly author: string;
  readonly labels: readonly LabelSetting[];
  readonly tags: readonly string[];
  readonly showRejected: boolean;
}

/** The colour of a label configured without one (and of a label no longer configured). */
export const FALLBACK_COLOR = '#c586c0';

function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown'; // no user entry, e.g. in some containers
  }
}

/** Keeps well-formed entries only: a hand-edited settings.json must not break the picker. */
function labelsOf(raw: unknown): LabelSetting[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((x) => {
    if (typeof x === 'string' && x.trim()) return [{ name: x.trim(), color: FALLBACK_COLOR }];
    if (x && typeof x === 'object' && typeof x.name === 'string' && x.name.trim()) {
      return [{ name: x.name.trim(), color: typeof x.color === 'string' && x.color.trim() ? x.color.trim() : FALLBACK_COLOR }];
    }
    return [];
  });
}

/** The hand-annotation settings, typed, read in this one place. */
export function readAnnotationSettings(): AnnotationSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS.section);
  const author = c.get<string>(ANNOTATION_SETTINGS.author, '')?.trim();
  const tags = c.get<unknown>(ANNOTATION_SETTINGS.tags, []);
  return {
    author: author || osUser(),
    labels: labelsOf(c.get<unknown>(ANNOTATION_SETTINGS.labels, [])),
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [],
    showRejected: c.get<boolean>(ANNOTATION_SETTINGS.showRejected, false) === true,
  };
}

/** Adds tags the user typed to the workspace tag list, so the list grows as tags are used. */
export async function rememberTags(tags: readonly string[]): Promise<void> {
  const known = readAnnotationSettings().tags;
  const fresh = tags.filter((t) => !known.includes(t));
  if (!fresh.length) return;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SETTINGS.section).update(ANNOTATION_SETTINGS.tags, [...known, ...fresh], target);
}

export const affectsAnnotationSettings = (e: vscode.ConfigurationChangeEvent) =>
  Object.values(ANNOTATION_SETTINGS).some((key) => e.affectsConfiguration(`${SETTINGS.section}.${key}`));
