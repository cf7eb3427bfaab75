import type { Quote, Speaker, Stage } from '../model';
import { indirectAttributions, quoteAttributions, type Attribution } from './attributions';
import { EntityBook, type Draft } from './entityBook';
import { nameRuns } from './nameRuns';
import { personName } from './personName';
import { resolveSubject, type Resolved } from './resolveSubject';
import { continuations, type Source } from './continuation';
import { reportedContext } from './reportedContext';
import { describe, lineOf, lineStarts } from './speakerEvidence';
import { words, type Word } from './words';
import { REPORTING_VERBS, VERB_MODIFIERS } from '../lexicon/reportingVerbs';

type Event = { at: number; attribution?: Attribution; run?: [number, number]; opens?: boolean };

/** `Robby Mook released a memo`: a name opening its sentence before a verb is that sentence's subject. */
const opensSentence = (ws: readonly Word[], run: [number, number], first: number) => {
  const next = ws[run[1] + 1];
  return run[0] === first && !!next && !next.capital && (VERB_MODIFIERS.has(next.key) || /(?:ed|s)$/.test(next.key) || REPORTING_VERBS.has(next.key));
};

/** Every attribution and name in text order, so each pronoun sees only what came before it. */
function timeline(ws: readonly Word[], attributions: readonly Attribution[], sentences: { start: number; end: number }[]): Event[] {
  const taken = new Set<number>();
  const events: Event[] = attributions.map((a) => {
    for (let k = a.subject.from; k <= a.subject.to; k++) taken.add(k);
    return { at: ws[a.subject.from].start, attribution: a };
  });
  let i = 0;
  for (const s of sentences) {
    while (i < ws.length && ws[i].start < s.start) i++;
    let j = i;
    while (j < ws.length && ws[j].end <= s.end) j++;
    if (j > i) for (const run of nameRuns(ws, i, j - 1)) if (!taken.has(run[0]) && !taken.has(run[1])) events.push({ at: ws[run[0]].start, run, opens: opensSentence(ws, run, i) });
  }
  return events.sort((a, b) => a.at - b.at);
}

/**
 * Fifth stage: entities and the speaker of each quote. Names become
 * entities with their roles; pronouns and descriptions link to them;
 * quotes with no cue continue the previous speaker's.
 */
export const speakers: Stage = {
  name: 'speakers',
  run(analysis) {
    const { text, sentences, quotes } = analysis;
    const ws = analysis.paragraphs.flatMap((p) => words(text, p.start, p.end));
    const attributions = [...quoteAttributions(ws, quotes, sentences), ...indirectAttributions(ws, sentences, quotes)];
    const book = new EntityBook();
    const byQuote = new Map<number, { a: Attribution; r: Resolved }>();
    const indirect: { a: Attribution; r: Resolved }[] = [];
    const seen = new Map<number, Resolved | null>();
    let last: Draft | undefined;
    for (const e of timeline(ws, attributions, [...sentences])) {
      if (e.run) {
        const parts = personName(text, ws, e.run[0], e.run[1]);
        const known = parts && book.latest((d) => d.type === 'person' && d.name.endsWith(parts.name));
        if (parts && (parts.surelyPerson || known)) {
          const span = { start: ws[e.run[0]].start, end: ws[e.run[1]].end, text: text.slice(ws[e.run[0]].start, ws[e.run[1]].end) };
          const d = book.byName(parts.name, parts.type, parts.gender, parts.role, span);
          if (e.opens && d.type === 'person') last = d;
        }
        continue;
      }
      const a = e.attribution!;
      // One phrase can name the speaker of two quotes ("…," she said, adding that "…").
      const r = seen.get(a.subject.from) ?? resolveSubject(text, ws, a.subject, book, last);
      if (r) seen.set(a.subject.from, r);
      if (!r) continue;
      last = r.entity ?? last;
      if (a.quote >= 0) byQuote.set(a.quote, { a, r });
      else indirect.push({ a, r });
    }
    const lines = lineStarts(text);
    const toSpeaker = ({ a, r }: { a: Attribution; r: Resolved }): Speaker => {
      const mention = { start: ws[a.subject.from].start, end: ws[a.subject.to].end, text: text.slice(ws[a.subject.from].start, ws[a.subject.to].end) };
      const cue = { start: ws[a.cueFrom].start, end: ws[a.cueTo].end, text: text.slice(ws[a.cueFrom].start, ws[a.cueTo].end) };
      const line = lineOf(lines, mention.start);
      if (!r.entity) {
        const evidence = `'${mention.text}' at line ${line} is the subject of '${cue.text}', but no one named before it fits`;
        return { entityId: null, name: mention.text, mention, cue, method: r.method, evidence };
      }
      const who = describe(r.entity.name, r.entity.roles);
      const evidence =
        r.method === 'pattern'
          ? `'${mention.text}' at line ${line} is the subject of '${cue.text}': ${who}`
          : `'${mention.text}' at line ${line} refers to ${who}`;
      return { entityId: r.entity.id, name: r.entity.name, mention, cue, method: r.method, evidence };
    };
    const direct = quotes.map((_q, i) => (byQuote.has(i) ? toSpeaker(byQuote.get(i)!) : null));
    const sources: Source[] = indirect.map((hit) => ({ at: ws[hit.a.cueFrom].start, speaker: toSpeaker(hit) }));
    const withSpeakers: Quote[] = quotes.map((q, i) => (direct[i] ? { ...q, kind: 'speech', speaker: direct[i] } : q));
    const entities = book.entities();
    const kinds = reportedContext(withSpeakers, sentences, ws);
    return { ...analysis, entities, quotes: continuations(kinds, analysis.paragraphs, sources, lines) };
  },
};
