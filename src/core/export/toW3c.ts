import { createHash } from 'node:crypto';
import type { Analysis } from '../model';
import { isDecision } from '../annotations/model';
import { selectorsFor } from '../annotations/selectors';
import { codePointOffsets } from './codePoints';
import { exportItems } from './exportItems';
import type { ExportItem } from './exportItems';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface Body {
  readonly type: 'TextualBody';
  readonly purpose: string;
  readonly value: string;
}

function bodies(item: ExportItem): Body[] {
  const body = (purpose: string, value: string): Body => ({ type: 'TextualBody', purpose, value });
  const out = [body('tagging', item.label)];
  if (item.speaker) out.push(body('describing', `speaker: ${item.speaker}`));
  if (item.claimType) out.push(body('classifying', item.claimType));
  if (item.value !== null) out.push(body('describing', `value: ${item.value}`));
  if (item.review && isDecision(item.review.status)) out.push(body('assessing', item.review.status));
  if (item.review?.note) out.push(body('commenting', item.review.note));
  for (const tag of item.review?.tags ?? []) out.push(body('tagging', tag));
  return out;
}

/**
 * The merged analysis as a W3C Web Annotation page (JSON-LD): one Annotation
 * per span, targeting the article's path with a TextQuoteSelector and a
 * TextPositionSelector counted in code points, as the model requires.
 * toW3c(a, 'news/a.txt') → { '@context': …, type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'news/a.txt', … } }] }
 */
export function toW3c(analysis: Analysis, path: string | null) {
  const hash = createHash('sha256').update(analysis.text, 'utf8').digest('hex').slice(0, 16);
  const source = path ?? `urn:x-policy-lens:text:${hash}`;
  const cp = codePointOffsets(analysis.text);
  const items = exportItems(analysis).map((item) => {
    const { quote } = selectorsFor(analysis.text, item.start, item.end);
    return {
      '@context': ANNO_CONTEXT,
      id: `urn:x-policy-lens:${hash}:${item.id}`,
      type: 'Annotation',
      motivation: !item.review ? 'classifying' : isDecision(item.review.status) ? 'assessing' : 'commenting',
      ...(item.review ? { creator: { type: 'Person', name: item.review.by }, modified: item.review.at } : {}),
      generator: { type: 'Software', name: 'Policy Lens' },
      body: bodies(item),
      target: {
        source,
        selector: [quote, { type: 'TextPositionSelector', start: cp(item.start), end: cp(item.end) }],
      },
    };
  });
  return { '@context': ANNO_CONTEXT, id: `urn:x-policy-lens:${hash}`, type: 'AnnotationPage', items };
}
