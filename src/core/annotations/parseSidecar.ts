import type { ClaimType } from '../model';
import { REVIEW_STATUSES, SIDECAR_FORMAT, SIDECAR_VERSION, TARGET_KINDS } from './model';
import type { Annotation, AnnotationFields, Sidecar } from './model';

export type ParsedSidecar =
  | { readonly kind: 'ok'; readonly sidecar: Sidecar }
  | { readonly kind: 'corrupt'; readonly message: string }
  /** Written by a later Policy Lens: read nothing, overwrite nothing. */
  | { readonly kind: 'newer'; readonly version: number; readonly message: string };

const CLAIM_TYPES: readonly string[] = ['statistic', 'factual', 'prediction', 'recommendation', 'commitment', 'opinion'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optString = (v: unknown) => v === undefined || typeof v === 'string';

class Invalid extends Error {}
function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Invalid(what);
}

function toFields(v: unknown, at: string): AnnotationFields {
  check(isObject(v), `${at}.fields is not an object`);
  for (const k of ['speaker', 'value', 'label', 'note'] as const) check(optString(v[k]), `${at}.fields.${k} is not a string`);
  check(v.claimType === undefined || CLAIM_TYPES.includes(v.claimType as string), `${at}.fields.claimType is unknown`);
  check(v.tags === undefined || (Array.isArray(v.tags) && v.tags.every((t) => typeof t === 'string')), `${at}.fields.tags is not a list of strings`);
  const { speaker, value, label, note } = v as Record<string, string | undefined>;
  const tags = v.tags as string[] | undefined;
  const claimType = v.claimType as ClaimType | undefined;
  const all: AnnotationFields = { speaker, claimType, value, label, note, tags: tags && [...tags] };
  return Object.fromEntries(Object.entries(all).filter(([, x]) => x !== undefined)) as AnnotationFields;
}

function toAnnotation(v: unknown, i: number): Annotation {
  const at = `annotations[${i}]`;
  check(isObject(v), `${at} is not an object`);
  for (const k of ['id', 'author', 'created', 'modified'] as const) check(typeof v[k] === 'string', `${at}.${k} is not a string`);
  check(TARGET_KINDS.includes(v.kind as never), `${at}.kind is unknown`);
  check(REVIEW_STATUSES.includes(v.status as never), `${at}.status is unknown`);
  check(v.itemId === null || typeof v.itemId === 'string', `${at}.itemId is neither a string nor null`);
  check(v.detached === undefined || typeof v.detached === 'boolean', `${at}.detached is not true or false`);
  check(Array.isArray(v.selector), `${at}.selector is not a list`);
  const q = v.selector.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as Json | undefined;
  const p = v.selector.find((s) => isObject(s) && s.type === 'TextPositionSelector') as Json | undefined;
  check(!!q && ['exact', 'prefix', 'suffix'].every((k) => typeof q[k] === 'string'), `${at} lacks a TextQuoteSelector`);
  check(!!p && isOffset(p.start) && isOffset(p.end) && p.start <= p.end, `${at} lacks a valid TextPositionSelector`);
  const s = v as Record<string, string>;
  return {
    id: s.id, kind: v.kind as Annotation['kind'], itemId: v.itemId as string | null, status: v.status as Annotation['status'],
    fields: toFields(v.fields, at),
    quote: { type: 'TextQuoteSelector', exact: q.exact as string, prefix: q.prefix as string, suffix: q.suffix as string },
    position: { type: 'TextPositionSelector', start: p.start as number, end: p.end as number },
    created: s.created, modified: s.modified, author: s.author,
    ...(v.detached === true ? { detached: true } : {}),
  };
}

/**
 * Reads a sidecar without ever throwing. Blank text is an empty sidecar.
 * parseSidecar('{"format":"policy-lens-annotations","version":2}') → { kind: 'newer', version: 2, … }
 */
export function parseSidecar(text: string, article = ''): ParsedSidecar {
  if (!text.trim()) return { kind: 'ok', sidecar: { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article, annotations: [] } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', message: `Not valid JSON: ${(error as Error).message}` };
  }
  try {
    check(isObject(json) && json.format === SIDECAR_FORMAT, `"format" is not "${SIDECAR_FORMAT}"`);
    check(Number.isInteger(json.version) && (json.version as number) >= 1, '"version" is not a positive integer');
    const version = json.version as number;
    if (version > SIDECAR_VERSION) {
      return { kind: 'newer', version, message: `Written by a newer Policy Lens (format version ${version}; this one reads ${SIDECAR_VERSION}).` };
    }
    check(Array.isArray(json.annotations), '"annotations" is not a list');
    const annotations = json.annotations.map(toAnnotation);
    const ids = new Set(annotations.map((a) => a.id));
    check(ids.size === annotations.length, 'two annotations share an id');
    const name = typeof json.article === 'string' ? json.article : article;
    return { kind: 'ok', sidecar: { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: name, annotations } };
  } catch (error) {
    if (error instanceof Invalid) return { kind: 'corrupt', message: error.message };
    return { kind: 'corrupt', message: String(error) };
  }
}
