import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/core/model';

/** A letter or digit: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Checks what every analysis must satisfy, whatever the input: each span's
 * text is the slice at its offsets, lists are sorted, ids are unique, and
 * every id a quote or claim references exists; a date is whole words.
 */
export function checkInvariants(a: Analysis): void {
  const slice = (s: Span, what: string) =>
    assert.equal(a.text.slice(s.start, s.end), s.text, `${what} [${s.start},${s.end}) does not match its text`);
  // a span of words neither starts nor ends with a space nor cuts a word in two: `Q3 `, `year end` of "year ends" fail
  const inWord = (i: number) => WORD_CHAR.test(a.text.charAt(i));
  const whole = (s: Span, what: string) => {
    assert.equal(s.text.trim(), s.text, `${what} ${JSON.stringify(s.text)} has space at an edge`);
    assert.ok(!(inWord(s.start - 1) && inWord(s.start)) && !(inWord(s.end - 1) && inWord(s.end)), `${what} ${JSON.stringify(s.text)} cuts a word`);
  };
  const sorted = (list: readonly { start: number; end: number }[], what: string) => {
    for (let i = 1; i < list.length; i++) {
      assert.ok(list[i - 1].start <= list[i].start, `${what} are not sorted at index ${i}`);
    }
    for (const s of list) assert.ok(0 <= s.start && s.start <= s.end && s.end <= a.text.length, `${what} out of bounds`);
  };
  const ids = new Set<string>();
  const unique = (id: string) => {
    assert.ok(!ids.has(id), `duplicate id ${id}`);
    ids.add(id);
  };

  sorted(a.paragraphs, 'paragraphs');
  sorted(a.sentences, 'sentences');
  for (const p of a.paragraphs) unique(p.id);
  for (const s of a.sentences) {
    unique(s.id);
    assert.ok(ids.has(s.paragraphId), `sentence ${s.id} names a missing paragraph`);
  }
  for (const e of a.entities) {
    unique(e.id);
    e.mentions.forEach((m) => slice(m, `mention of ${e.id}`));
    sorted(e.mentions, `mentions of ${e.id}`);
  }
  const entityIds = new Set(a.entities.map((e) => e.id));
  sorted(a.quotes, 'quotes');
  for (const q of a.quotes) {
    unique(q.id);
    slice(q, `quote ${q.id}`);
    slice(q.content, `content of ${q.id}`);
    assert.ok(q.start <= q.content.start && q.content.end <= q.end, `content of ${q.id} outside its quote`);
    if (q.speaker) {
      slice(q.speaker.mention, `speaker mention of ${q.id}`);
      if (q.speaker.cue) slice(q.speaker.cue, `cue of ${q.id}`);
      if (q.speaker.entityId) assert.ok(entityIds.has(q.speaker.entityId), `quote ${q.id} names a missing entity`);
    }
  }
  const quoteIds = new Set(a.quotes.map((q) => q.id));
  for (const q of a.quotes) if (q.parentId) assert.ok(quoteIds.has(q.parentId), `quote ${q.id} names a missing parent`);
  sorted(a.figures, 'figures');
  for (const f of a.figures) {
    unique(f.id);
    slice(f, `figure ${f.id}`);
    // the contract requires both, null when unknown: a field left undefined drops out of the JSON
    assert.ok(f.unit === null || typeof f.unit === 'string', `figure ${f.id} has no unit field`);
    assert.ok(f.value === null || typeof f.value === 'number', `figure ${f.id} has no value field`);
  }
  sorted(a.dates, 'dates');
  for (const d of a.dates) {
    unique(d.id);
    slice(d, `date ${d.id}`);
    whole(d, `date ${d.id}`);
  }
  sorted(a.claims, 'claims');
  const figureIds = new Set(a.figures.map((f) => f.id));
  const dateIds = new Set(a.dates.map((d) => d.id));
  const sentenceIds = new Set(a.sentences.map((s) => s.id));
  for (const c of a.claims) {
    unique(c.id);
    slice(c, `claim ${c.id}`);
    assert.ok(c.checkWorthiness >= 0 && c.checkWorthiness <= 1, `claim ${c.id} score out of range`);
    assert.ok(sentenceIds.has(c.sentenceId), `claim ${c.id} names a missing sentence`);
    c.quoteIds.forEach((id) => assert.ok(quoteIds.has(id), `claim ${c.id} names missing quote ${id}`));
    c.figureIds.forEach((id) => assert.ok(figureIds.has(id), `claim ${c.id} names missing figure ${id}`));
    c.dateIds.forEach((id) => assert.ok(dateIds.has(id), `claim ${c.id} names missing date ${id}`));
    if (c.speaker?.entityId) assert.ok(entityIds.has(c.speaker.entityId), `claim ${c.id} names a missing entity`);
    if (c.speaker?.mention) slice(c.speaker.mention, `speaker mention of ${c.id}`);
  }
}
