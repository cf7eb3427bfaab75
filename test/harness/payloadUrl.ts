/**
 * The URL that opens `workspace` in code-server with the extension under development
 * loaded from `repo`, and, when `testsEntry` is given, VS Code running its `run()`.
 * Paths are on the server, so they are addressed through the `vscode-remote` scheme.
 * `payloadUrl(8080, '/tmp/ws', '/repo')` → `http://127.0.0.1:8080/?folder=%2Ftmp%2Fws&payload=…`
 */
export function payloadUrl(port: number, workspace: string, repo: string, testsEntry?: string): string {
  const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(repo)]];
  if (testsEntry) payload.push(['extensionTestsPath', remote(testsEntry)]);
  const query = `folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `http://127.0.0.1:${port}/?${query}`;
}
