import type { Annotation, AnnotationFields, Sidecar } from './model';

const FIELD_ORDER: readonly (keyof AnnotationFields)[] = ['speaker', 'claimType', 'value', 'label', 'note', 'tags'];

/** `{"a": 1, "b": "x"}` on one line, keys in the order given, undefined values left out. */
function inline(entries: readonly (readonly [string, unknown])[]): string {
  const parts = entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{${parts.join(', ')}}`;
}

/** One annotation as a fixed block of lines, so a status change touches one line of the diff. */
function block(a: Annotation): string {
  const fields = FIELD_ORDER.map((k) => [k, a.fields[k]] as const);
  const { quote: q, position: p } = a;
  return [
    '    {',
    `      "id": ${JSON.stringify(a.id)}, "kind": ${JSON.stringify(a.kind)}, "itemId": ${JSON.stringify(a.itemId)}, "status": ${JSON.stringify(a.status)},`,
    `      "author": ${JSON.stringify(a.author)}, "created": ${JSON.stringify(a.created)}, "modified": ${JSON.stringify(a.modified)},`,
    `      "fields": ${inline(fields)},`,
    ...(a.detached ? ['      "detached": true,'] : []),
    '      "selector": [',
    `        ${inline([['type', q.type], ['exact', q.exact], ['prefix', q.prefix], ['suffix', q.suffix]])},`,
    `        ${inline([['type', p.type], ['start', p.start], ['end', p.end]])}`,
    '      ]',
    '    }',
  ].join('\n');
}

/** Text order, then id: the same annotations always serialize to the same bytes. */
function byPosition(a: Annotation, b: Annotation): number {
  return a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The sidecar as stable, diff-friendly JSON ending in a newline.
 * serializeSidecar({ …, annotations: [] }) → '{\n  "format": "policy-lens-annotations",\n  …\n  "annotations": []\n}\n'
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const blocks = [...sidecar.annotations].sort(byPosition).map(block);
  const list = blocks.length ? `[\n${blocks.join(',\n')}\n  ]` : '[]';
  return [
    '{',
    `  "format": ${JSON.stringify(sidecar.format)},`,
    `  "version": ${sidecar.version},`,
    `  "article": ${JSON.stringify(sidecar.article)},`,
    `  "annotations": ${list}`,
    '}',
    '',
  ].join('\n');
}
