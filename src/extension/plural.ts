/**
 * A count with its noun in the right number, for messages and tooltips.
 * count(1, 'item') → '1 item'; count(3, 'item') → '3 items'
 */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
