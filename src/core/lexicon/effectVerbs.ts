/**
 * Verbs that tell what a plan or an event would do to an amount: "would double the deficit", "would cost
 * £2 billion", "would add 2.50 euros". After "would" they make a figure a foreseen effect; other verbs after
 * "would" mostly report a poll's hypothetical ("41% would vote for her", "would beat him 46 to 40 percent").
 */
export const EFFECT_VERBS: readonly string[] = [
  'add', 'boost', 'create', 'cost', 'cut', 'destroy', 'double', 'eliminate', 'generate', 'halve',
  'increase', 'lift', 'lower', 'mean', 'quadruple', 'raise', 'reduce', 'result', 'save', 'slash', 'triple',
  'wipe', 'blow', 'lose', 'shrink', 'swell', 'trim', 'rise', 'fall', 'grow', 'drop', 'climb', 'soar', 'plunge',
];
