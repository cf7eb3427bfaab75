import type { Claim, DateMention, Entity, Figure, SpeakerRef } from '../model';
import type { Annotation, Review } from './model';
import { findEntity } from './findEntity';

/** `items` mapped, or `items` itself when no item changed: the views then know a review of a figure left the claims as they were. */
function sameIfUnchanged<T>(items: readonly T[], map: (item: T) => T): readonly T[] {
  const out = items.map(map);
  return out.every((x, i) => x === items[i]) ? items : out;
}

/** The `review` an item carries for its annotation. */
export const reviewOf = (a: Annotation): Review => ({
  status: a.status, by: a.author, at: a.modified, annotationId: a.id,
  ...(a.fields.note ? { note: a.fields.note } : {}),
  ...(a.fields.tags?.length ? { tags: a.fields.tags } : {}),
});

function speakerRef(entities: readonly Entity[], name: string): SpeakerRef {
  const e = findEntity(entities, name);
  return { entityId: e?.id ?? null, name: e?.name ?? name.trim() };
}

/**
 * Claims with their reviews applied: a type or speaker set by hand wins; a
 * claim that cites a quote whose speaker was changed takes the new speaker.
 * reviewClaims([c1 statistic], { c1 → claimType opinion }, …) → [c1 opinion, review edited]
 */
export function reviewClaims(claims: readonly Claim[], reviews: ReadonlyMap<string, Annotation>, entities: readonly Entity[], respoken: ReadonlyMap<string, SpeakerRef>): readonly Claim[] {
  return sameIfUnchanged(claims, (c) => {
    const r = reviews.get(c.id);
    // Most reviews re-speak no quote: then no claim's quotes need looking up.
    const fromQuote = respoken.size ? c.quoteIds.map((id) => respoken.get(id)).find(Boolean) : undefined;
    const speaker = r?.fields.speaker?.trim() ? speakerRef(entities, r.fields.speaker) : (fromQuote ?? c.speaker);
    if (!r) return speaker === c.speaker ? c : { ...c, speaker };
    const typed = r.fields.claimType && r.fields.claimType !== c.type ? { type: r.fields.claimType, typeEvidence: ['set by hand'] } : {};
    return { ...c, ...typed, speaker, review: reviewOf(r) };
  });
}

/** Figures with their reviews: a typed number replaces the value; other text leaves it. */
export function reviewFigures(figures: readonly Figure[], reviews: ReadonlyMap<string, Annotation>): readonly Figure[] {
  return sameIfUnchanged(figures, (f) => {
    const r = reviews.get(f.id);
    const n = Number(r?.fields.value?.replace(/,/g, ''));
    return !r ? f : { ...f, ...(r.fields.value?.trim() && Number.isFinite(n) ? { value: n } : {}), review: reviewOf(r) };
  });
}

/** Dates with their reviews: a typed TIMEX3 value replaces the engine's. */
export function reviewDates(dates: readonly DateMention[], reviews: ReadonlyMap<string, Annotation>): readonly DateMention[] {
  return sameIfUnchanged(dates, (d) => {
    const r = reviews.get(d.id);
    return !r ? d : { ...d, ...(r.fields.value?.trim() ? { value: r.fields.value.trim() } : {}), review: reviewOf(r) };
  });
}
