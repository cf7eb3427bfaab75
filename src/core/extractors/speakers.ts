import type { Quote, Stage } from '../model';
import { indirectAttributions } from './attributions';
import { quoteAttributions } from './quoteAttributions';
import { nestedAttributions } from './nestedAttributions';
import type { Source } from './continuation';
import { continuations } from './continuation';
import { quoteSlots } from './quoteSlots';
import { readSpeakers } from './readSpeakers';
import { reportedContext } from './reportedContext';
import { lineStarts } from './speakerEvidence';
import { unlistSpeech } from './listedQuotes';
import { interviewSpeakers } from './interviewSpeakers';
import { headlineSpeakers } from './headlineSpeakers';
import { turnSpeakers, withoutLabelEntities } from './turnSpeakers';
import { withLabelPeople } from './labelPeople';
import { toSource, toSpeaker } from './toSpeaker';
import { wordsOf } from './words';

/**
 * Fifth stage: entities and the speaker of each quote. Cues are found
 * first (attributions), then the text is read in order so that names become
 * entities with their roles and pronouns and descriptions link back to them;
 * quotes with no cue continue the previous speaker's.
 * `"We must act," he said.` after `NATO Secretary General Jens Stoltenberg spoke.` → Jens Stoltenberg.
 */
export const speakers: Stage = {
  name: 'speakers',
  run(analysis) {
    const { text, sentences } = analysis;
    const ws = wordsOf(text, analysis.paragraphs);
    // The headline's quotes stand before every sentence and word: they are attributed apart, once the body's are.
    const { bodyStart, headline } = analysis.article;
    let heads = 0;
    while (heads < analysis.quotes.length && analysis.quotes[heads].start < bodyStart) heads++;
    const { quotes, named } = quoteSlots(text, ws, heads > 0 ? analysis.quotes.slice(heads) : analysis.quotes);
    // Appended one by one: concat() takes a slow generic path, costly for lists this short.
    const attributions = quoteAttributions(text, ws, quotes, sentences, named);
    for (const a of indirectAttributions(text, ws, sentences, quotes)) attributions.push(a);
    // Most texts nest no quote: the walk is skipped unless one does.
    if (quotes.some((q) => q.parentId)) for (const a of nestedAttributions(ws, quotes)) attributions.push(a);
    const { book, byQuote, indirect } = readSpeakers(text, ws, attributions, sentences, quotes);
    const lines = lineStarts(text);
    const withSpeakers: Quote[] = quotes.map((q, i) => {
      const hit = byQuote[i];
      return hit ? { ...q, kind: 'speech', speaker: toSpeaker(text, ws, lines, hit) } : q;
    });
    const entities = book.entities();
    const kinds = unlistSpeech(text, reportedContext(interviewSpeakers(text, analysis.article.dateline, analysis.paragraphs, turnSpeakers(text, analysis.paragraphs, withSpeakers, entities, lines), entities, lines), sentences, ws, named));
    const sources = (): Source[] => indirect.map((hit) => ({ at: ws[hit.a.cueFrom].start, speaker: toSource(text, ws, hit) }));
    const spoken = continuations(kinds, analysis.paragraphs, sources, lines);
    const { entities: kept, quotes: said } = withLabelPeople(text, analysis.paragraphs, spoken, withoutLabelEntities(analysis.paragraphs, spoken, entities));
    if (heads === 0 || !headline) return { ...analysis, entities: kept, quotes: said };
    return { ...analysis, entities: kept, quotes: [...headlineSpeakers(text, headline, analysis.quotes.slice(0, heads), said, kept, lines), ...said] };
  },
};
