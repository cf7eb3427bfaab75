/**
 * Offices one person holds at a time, each distinct from the others: a governor is never
 * "the mayor", while generic descriptions ("the official", "the leader", "the lawmaker")
 * may rename anyone. "premier" is left out, as news calls a prime minister that too.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'mayor', 'governor', 'senator', 'congressman', 'congresswoman', 'sheriff', 'judge', 'president', 'minister',
  'chancellor', 'ambassador', 'admiral', 'bishop', 'cardinal', 'pope', 'king', 'queen', 'prince', 'princess',
  'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'prosecutor', 'coroner', 'constable',
]);
