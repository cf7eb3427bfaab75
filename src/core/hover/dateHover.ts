import type { Analysis, DateMention } from '../model';
import type { HoverOptions } from './hoverOptions';
import { hoverLinks } from './hoverLinks';
import { escapeMarkdown } from './markdown';
import { timexInWords } from './timexInWords';

/** True when the value still has unknown parts because nothing anchored it: "XXXX-02-14". */
export function isUnresolved(date: DateMention): boolean {
  return date.value.startsWith('XXXX') || (date.relative && date.value.includes('X'));
}

/** How the date was anchored: "resolved from the dateline 2023-02-13", or why it was not. */
function provenance(analysis: Analysis, date: DateMention, options: HoverOptions): string {
  const { article } = analysis;
  if (!date.relative) return '';
  if (isUnresolved(date) || !article.referenceDate) return ', not resolved: the article has no dateline';
  const label =
    options.referenceLabel ??
    (article.date === article.referenceDate ? `the dateline ${article.date}` : `the reference date ${article.referenceDate}`);
  return `, resolved from ${escapeMarkdown(label)}`;
}

/**
 * Markdown for a date, resolved value in words:
 * "Tuesday 14 February 2023 to Wednesday 15 February 2023, resolved from the dateline 2023-02-13".
 */
export function dateHover(analysis: Analysis, date: DateMention, options: HoverOptions): string {
  const words = date.range
    ? `${timexInWords(date.range.from)} to ${timexInWords(date.range.to)}`
    : timexInWords(date.value);
  const lines = [
    // "date" after **Date** says nothing; a time, duration or set is worth naming.
    `**Date** · ${date.type === 'DATE' ? '' : `${date.type.toLowerCase()} · `}\`${date.value.replace(/`/g, '')}\``,
    `${escapeMarkdown(words)}${provenance(analysis, date, options)}`,
  ];
  const links = hoverLinks(analysis, date.id, options);
  if (links) lines.push(links);
  return lines.join('\n\n');
}
