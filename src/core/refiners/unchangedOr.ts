/**
 * filter and map for the refiners' lists that return the list itself when
 * nothing is dropped or changed: most refiners leave most texts' candidates
 * alone, and a copy of the list per refiner adds allocations for nothing.
 */

/** `list.filter(keep)`, or `list` when every element is kept. `filtered([1, 2], (x) => x > 0)` → the same list. */
export function filtered<T>(list: readonly T[], keep: (x: T) => boolean): readonly T[] {
  for (let i = 0; i < list.length; i++) {
    if (keep(list[i])) continue;
    const out = list.slice(0, i);
    for (let j = i + 1; j < list.length; j++) if (keep(list[j])) out.push(list[j]);
    return out;
  }
  return list;
}

/** `list.map(f)`, or `list` when `f` returns every element itself. `mapped([1, 2], (x) => x)` → the same list. */
export function mapped<T>(list: readonly T[], f: (x: T, i: number) => T): readonly T[] {
  for (let i = 0; i < list.length; i++) {
    const y = f(list[i], i);
    if (y === list[i]) continue;
    const out = list.slice(0, i);
    out.push(y);
    for (let j = i + 1; j < list.length; j++) out.push(f(list[j], j));
    return out;
  }
  return list;
}
