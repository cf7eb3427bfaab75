/**
 * Polls `probe` until it returns a value other than undefined or false, for the
 * things VS Code does after an await returns (a language switch, an activation).
 * `await waitFor(() => doc.languageId === 'policy-article' || undefined, 'the switch')`
 */
export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
