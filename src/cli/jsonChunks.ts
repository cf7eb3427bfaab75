import { ExportList } from '../core/export/exportList';

/** List items serialized per chunk: tens of KB, so a 50 MB article never needs its whole JSON at once. */
export const ITEMS_PER_CHUNK = 64;
/** A document with no more list items than this is written in one piece. */
const WHOLE_ITEMS = 1024;

/**
 * Serializes an export document piece by piece, at most ITEMS_PER_CHUNK list
 * items at a time, so a 50 MB article never needs its whole JSON text, nor its
 * whole export copy (exportView's ExportLists are copied a group at a time),
 * in memory at once. The joined chunks equal `JSON.stringify(doc, null, 2)`
 * (pretty) or `JSON.stringify(doc)`. Every piece is one native JSON.stringify
 * call: a document with few items is one chunk, and a group of items is
 * stringified inside a one-key object, which indents it as it sits in the
 * document, so no text is re-indented afterwards.
 * `{ a: [1, 2] }`, pretty → '{\n  "a": [\n    1,\n    2\n  ]\n}' (one chunk).
 */
export function* jsonChunks(doc: object, pretty: boolean): Generator<string> {
  const space = pretty ? 2 : undefined;
  const entries = Object.entries(doc).filter(([, value]) => value !== undefined && typeof value !== 'function');
  let items = 0;
  for (const [, value] of entries) items += itemsOf(value)?.length ?? 0;
  if (items <= WHOLE_ITEMS) {
    yield JSON.stringify(doc, null, space);
    return;
  }
  // `{"k":V}` → `"k":V`; pretty `{\n  "k": V\n}` → `\n  "k": V`
  const member = (key: string, value: unknown) => JSON.stringify({ [key]: value }, null, space).slice(1, pretty ? -2 : -1);
  // `{"k":[A,B]}` → `A,B`; pretty `{\n  "k": [\n    A,\n    B\n  ]\n}` → `\n    A,\n    B`
  const group = (values: readonly unknown[]) => {
    const text = JSON.stringify({ k: values }, null, space);
    return pretty ? text.slice(10, -6) : text.slice(6, -2);
  };
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const comma = i > 0 ? ',' : '';
    const list = itemsOf(value);
    if (list === null || list.length === 0) {
      yield comma + member(key, value);
      continue;
    }
    yield comma + member(key, []).slice(0, -1);
    const map = value instanceof ExportList ? value.map : null;
    for (let j = 0; j < list.length; j += ITEMS_PER_CHUNK) {
      const slice = list.slice(j, j + ITEMS_PER_CHUNK);
      yield (j > 0 ? ',' : '') + group(map ? slice.map(map) : slice);
    }
    yield pretty ? '\n  ]' : ']';
  }
  yield pretty && entries.length > 0 ? '\n}' : '}';
}

/** The items of an array or of an ExportList (written as its mapped array); null for any other value. */
function itemsOf(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  return value instanceof ExportList ? value.items : null;
}
