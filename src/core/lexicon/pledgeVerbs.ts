/**
 * Verbs of a policy action that leaves a trace someone can check later: a pledge to "freeze parking charges"
 * or "hire 200 nurses" can be kept or broken, one to "do everything we can" or "tell you" cannot.
 */
export const PLEDGE_ACTION_VERBS: readonly string[] = [
  'abolish', 'ban', 'build', 'buy', 'cap', 'close', 'connect', 'cut', 'deliver', 'double', 'end', 'expand', 'extend', 'freeze',
  'fund', 'halve', 'hire', 'increase', 'install', 'introduce', 'invest', 'launch', 'lift', 'lower', 'open', 'pay',
  'plant', 'privatise', 'privatize', 'nationalise', 'nationalize', 'publish', 'raise', 'recruit', 'reduce', 'refund',
  'remove', 'reopen', 'repeal', 'replace', 'restore', 'scrap', 'sell', 'spend', 'train', 'triple', 'waive', 'withdraw',
];
