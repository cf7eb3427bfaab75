import type { Analysis, Quote } from '../model';
import type { HoverOptions } from './hoverOptions';
import { hoverLinks } from './hoverLinks';
import { speakerLines } from './speakerLines';

const KIND_LABEL = { speech: 'Quote', scare: 'Quoted words', title: 'Quoted title' } as const;

/**
 * Markdown for a quote: who said it and the evidence for that, or why nobody:
 * "**Quote**\n\nSpeaker: **Jens Stoltenberg** …\n\nEvidence: 'he' at line 7 refers to …".
 */
export function quoteHover(analysis: Analysis, quote: Quote, options: HoverOptions): string {
  const lines = [`**${KIND_LABEL[quote.kind] ?? 'Quote'}**${quote.unclosed ? ' · closing mark missing' : ''}`];
  if (quote.speaker) lines.push(...speakerLines(analysis, quote.speaker));
  else if (quote.kind === 'speech') lines.push('Speaker: *not found*');
  const links = hoverLinks(analysis, quote.id, options);
  if (links) lines.push(links);
  return lines.join('\n\n');
}
