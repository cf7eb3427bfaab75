import type { Analysis, Figure } from '../model';
import type { HoverOptions } from './hoverOptions';
import { hoverLinks } from './hoverLinks';
import { escapeMarkdown } from './markdown';
import { figureInWords } from './figureInWords';

/** Markdown for a figure: "**Figure** · money\n\nValue: about 1.5 billion EUR". */
export function figureHover(analysis: Analysis, figure: Figure, options: HoverOptions): string {
  const lines = [
    `**Figure** · ${figure.kind}${figure.approximate ? ' · approximate' : ''}`,
    `Value: ${escapeMarkdown(figureInWords(figure))}`,
  ];
  const links = hoverLinks(analysis, figure.id, options);
  if (links) lines.push(links);
  return lines.join('\n\n');
}
