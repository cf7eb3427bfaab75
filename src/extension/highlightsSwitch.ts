import * as vscode from 'vscode';
import type { Decorations } from './decorations';
import { COMMANDS, CONTEXT } from './ids';

/**
 * Toggle Highlights with its state in view: it hides every Policy Lens
 * mark, the engine's highlights and the review marks and labels alike; a context key picks the editor
 * title's icon (an open eye hides, a closed eye shows), and while highlights
 * are off a status-bar item says so and turns them back on, so an article
 * opened later never looks unanalysed without a hint why.
 */
export class HighlightsSwitch implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.highlightsOff', vscode.StatusBarAlignment.Right, 99);
  private readonly emitter = new vscode.EventEmitter<boolean>();
  /** Fires with `hidden` when highlights are hidden or shown: review marks and labels follow. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly decorations: Decorations) {
    this.item.name = 'Policy Lens Highlights';
    this.item.text = '$(eye-closed) Highlights off';
    this.item.tooltip = 'Policy Lens highlights are hidden for this session. Click to show them.';
    this.item.command = COMMANDS.showHighlights;
    this.set(decorations.isHidden);
  }

  /** Shows or hides every highlight; returns whether they are shown now. */
  set(hidden: boolean): boolean {
    this.decorations.setHidden(hidden);
    void vscode.commands.executeCommand('setContext', CONTEXT.highlightsHidden, hidden);
    if (hidden) this.item.show();
    else this.item.hide();
    this.emitter.fire(hidden);
    return !hidden;
  }

  toggle(): boolean {
    return this.set(!this.decorations.isHidden);
  }

  /** True while highlights are off, and so the status-bar hint shows. */
  get hidden(): boolean {
    return this.decorations.isHidden;
  }

  dispose(): void {
    this.item.dispose();
    this.emitter.dispose();
  }
}
