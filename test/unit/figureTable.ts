import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { Figure } from '../../src/core/model';
import { checkInvariants } from './invariants';

export type FigureExpect = Partial<Pick<Figure, 'text' | 'kind' | 'value' | 'unit' | 'approximate' | 'qualifier' | 'range'>>;
export type FigureRow = { readonly text: string; readonly expect: readonly FigureExpect[] };

/** Each figure projected onto the fields the row names, so a row states only what it is about. */
export function projectFigures(found: readonly Figure[], expect: readonly FigureExpect[]): FigureExpect[] {
  return found.map((f, k) => {
    const keys = Object.keys(expect[k] ?? { text: 1 }) as (keyof FigureExpect)[];
    return Object.fromEntries(keys.map((key) => [key, f[key]]));
  });
}

/** One `it` per row: the figures `figuresOf` finds in the row's text, projected onto what the row expects. */
export function figureTable(title: string, rows: readonly FigureRow[], figuresOf: (text: string) => readonly Figure[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(`${JSON.stringify(row.text)} → ${row.expect.map((e) => e.text).join(' | ') || 'nothing'}`, () => {
        assert.deepEqual(projectFigures(figuresOf(row.text), row.expect), row.expect);
      });
    }
  });
}

/** Every figure of the whole analysis, after the dates stage has dropped those inside dates, checked against the invariants. */
function articleFigures(text: string): readonly Figure[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.figures;
}

/** A figure table read through the whole pipeline, as a user sees it. */
export const articleFigureTable = (title: string, rows: readonly FigureRow[]): void => figureTable(title, rows, articleFigures);
