import { CUES } from './cues';
import { recordedCues } from './cuePattern';

/** After the silence, a second clause or a main verb past an aside: ", was born in …", "and aides later said …". */
const MORE_AFTER = /[,;]|\b(?:and|but)\b/i;
/** Before it, a clause of its own joined on: "Adelson has not endorsed anyone, and his spokesman declined to comment". */
const MORE_BEFORE = /,\s*(?:and|but)\b|;/i;

/**
 * Whether the claim tells only that someone kept silent: "Kestrel Supply did not respond to requests for comment",
 * "A spokesman, who … , declined to comment on the report". Not when the silence is an aside ("Norton, which declined
 * to comment, returned the rights") or one clause of several.
 */
export function onlySilence(text: string): boolean {
  const cues = recordedCues(CUES.noComment, text);
  if (!cues || cues.count === 0) return false;
  const start = cues.starts[0];
  const end = cues.ends[cues.count - 1];
  return !MORE_BEFORE.test(text.slice(0, start)) && !MORE_AFTER.test(text.slice(end));
}
