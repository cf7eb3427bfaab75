import { withoutRejected } from '../annotations/dropRejected';
import type { Analysis, Claim } from '../model';
import type { HoverOptions } from './hoverOptions';
import { hoverLinks } from './hoverLinks';
import { escapeMarkdown, scoreBar } from './markdown';
import { speakerLines, speakerName } from './speakerLines';
import { figureInWords } from './figureInWords';
import { timexInWords } from './timexInWords';

/** Who makes the claim: the linked quote's speaker with its evidence, else the claim's own speaker. */
function claimSpeaker(analysis: Analysis, claim: Claim): string[] {
  const quoted = analysis.quotes.find((q) => claim.quoteIds.includes(q.id) && q.speaker);
  if (quoted?.speaker) return speakerLines(analysis, quoted.speaker);
  if (claim.speaker) return [`Speaker: ${speakerName(analysis, claim.speaker)}`];
  return claim.attribution === 'narrative' ? ['Speaker: the article itself (narrative)'] : ['Speaker: *not found*'];
}

/** "eight → 8 (count)" lines for the figures and dates the claim cites. */
function citedLines(analysis: Analysis, claim: Claim): string[] {
  const figures = analysis.figures
    .filter((f) => claim.figureIds.includes(f.id))
    .map((f) => `“${escapeMarkdown(f.text)}” = ${escapeMarkdown(figureInWords(f))}`);
  const dates = analysis.dates
    .filter((d) => claim.dateIds.includes(d.id))
    .map((d) => `“${escapeMarkdown(d.text)}” = ${escapeMarkdown(timexInWords(d.value))}`);
  return [
    ...(figures.length ? [`Figures: ${figures.join('; ')}`] : []),
    ...(dates.length ? [`Dates: ${dates.join('; ')}`] : []),
  ];
}

/**
 * Markdown for a claim: type with its evidence words, speaker, check-worthiness bar:
 * "**Claim** · prediction · direct\n\nType evidence: “will”\n\nCheck-worthiness: ▰▰▰▰▰▰▰▱▱▱ 72%".
 */
export function claimHover(analysis: Analysis, claim: Claim, options: HoverOptions): string {
  // Shown struck through (showRejected), a rejected figure still supports nothing.
  const evidence = withoutRejected(analysis, claim).map((w) => `“${escapeMarkdown(w)}”`).join(', ');
  const lines = [
    `**Claim** · ${claim.type} · ${claim.attribution}`,
    ...claimSpeaker(analysis, claim),
    ...(evidence ? [`Type evidence: ${evidence}`] : []),
    `Check-worthiness: ${scoreBar(claim.checkWorthiness)}`,
    ...citedLines(analysis, claim),
  ];
  const links = hoverLinks(analysis, claim.id, options);
  if (links) lines.push(links);
  return lines.join('\n\n');
}
