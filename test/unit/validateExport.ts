import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/article-analysis.schema.json';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

/** Schema errors of an exported document as readable lines; empty when it is valid. */
export function exportErrors(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
