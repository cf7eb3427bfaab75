import type { Analysis } from '../model';
import type { HoverOptions } from './hoverOptions';
import { commandLink } from './markdown';

/** The claim that contains a span's id, for "Reveal in Claims view" from a quote, figure or date. */
function claimFor(analysis: Analysis, id: string): string | null {
  const claim = analysis.claims.find(
    (c) => c.id === id || c.quoteIds.includes(id) || c.figureIds.includes(id) || c.dateIds.includes(id),
  );
  return claim ? claim.id : null;
}

/**
 * The footer of command links: `[Copy as JSON](command:…) · [Reveal in Claims view](command:…)`;
 * empty without `options.links`, and without the reveal link when no claim holds the span.
 */
export function hoverLinks(analysis: Analysis, id: string, options: HoverOptions): string {
  const links = options.links;
  if (!links) return '';
  const parts = [commandLink('Copy as JSON', links.copyCommand, [links.uri, id])];
  const claimId = claimFor(analysis, id);
  if (claimId) parts.push(commandLink('Reveal in Claims view', links.revealCommand, [links.uri, claimId]));
  return parts.join(' · ');
}
