/** Markdown building blocks for hovers; article text is always escaped before it goes in. */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

/** `a*b_c` → `a\*b\_c`, so article text never turns into markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

/**
 * A `command:` link whose arguments survive the Markdown renderer.
 * `commandLink('Copy', 'policyLens.copyAsJson', ['file:///a.txt', 'q1'])`
 * → `[Copy](command:policyLens.copyAsJson?%5B%22file...%5D "Copy")`.
 */
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${label}")`;
}

/** A ten-cell bar with the percentage: 0.72 → `▰▰▰▰▰▰▰▱▱▱ 72%`. */
export function scoreBar(score: number): string {
  const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  const filled = Math.round(clamped * 10);
  return `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)} ${Math.round(clamped * 100)}%`;
}
