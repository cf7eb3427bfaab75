/**
 * Serializes an export document piece by piece, one array item at a time, so a
 * 50 MB article never needs its whole JSON text in memory at once. The joined
 * chunks equal `JSON.stringify(doc, null, 2)` (pretty) or `JSON.stringify(doc)`.
 * `{ a: [1, 2] }`, pretty → '{', '\n  "a": [', '\n    1', ',\n    2', '\n  ]', '\n}'.
 */
export function* jsonChunks(doc: object, pretty: boolean): Generator<string> {
  const nl = pretty ? '\n  ' : '';
  const colon = pretty ? ': ' : ':';
  const stringify = (value: unknown, indent: string) =>
    pretty ? (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, indent) : (JSON.stringify(value) ?? 'null');
  const entries = Object.entries(doc).filter(([, value]) => value !== undefined && typeof value !== 'function');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const head = `${i > 0 ? ',' : ''}${nl}${JSON.stringify(key)}${colon}`;
    if (!Array.isArray(value) || value.length === 0) {
      yield head + stringify(value, '\n  ');
      continue;
    }
    yield head + '[';
    for (let j = 0; j < value.length; j++) yield `${j > 0 ? ',' : ''}${pretty ? '\n    ' : ''}${stringify(value[j], '\n    ')}`;
    yield `${nl}]`;
  }
  yield pretty && entries.length > 0 ? '\n}' : '}';
}
