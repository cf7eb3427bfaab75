import type { Analysis } from '../../../src/core/model';
import type { Annotation, TargetKind } from '../../../src/core/annotations/model';
import { selectorsFor } from '../../../src/core/annotations/selectors';
import { emptyAnalysis } from '../../../src/core/emptyAnalysis';

/** A short article written for these tests: three paragraphs, a quote, figures, a repeated phrase. */
export const ARTICLE =
  'date 2024-03-01 Council backs new transit plan\n\n' +
  'The council voted on Tuesday to expand the tram network by 40 kilometres.\n\n' +
  '"We cannot wait another decade," the mayor said.\n\n' +
  'Critics said the plan would cost 2 billion euros and "leave the suburbs behind".\n';

/** The offsets of the nth occurrence of needle. */
export function find(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" (${nth}) is not in the text`);
  return { start, end: start + needle.length };
}

/** An annotation over the nth occurrence of needle, as the editor would write it. */
export function annotationOn(text: string, needle: string, over: Partial<Annotation> & { nth?: number; kind?: TargetKind } = {}): Annotation {
  const { start, end } = find(text, needle, over.nth ?? 0);
  const { nth: _nth, ...rest } = over;
  return {
    id: `a${start}`, kind: 'quote', itemId: null, status: 'confirmed', fields: {},
    ...selectorsFor(text, start, end),
    created: '2024-03-02T10:00:00.000Z', modified: '2024-03-02T10:00:00.000Z', author: 'tester',
    ...rest,
  };
}

/** An analysis with no extraction, one paragraph and one sentence: what hand annotation starts from, without the engine. */
export function bareAnalysis(text: string): Analysis {
  const whole = { start: 0, end: text.length };
  return { ...emptyAnalysis(text), paragraphs: [{ id: 'p1', ...whole }], sentences: [{ id: 's1', ...whole, paragraphId: 'p1' }] };
}
