import { CURRENCY_BEFORE_TOKENS } from './currency';
import { QUALIFIER_BEFORE_TOKENS } from './qualifier';

/**
 * How many tokens a figure may start before its first number token: a
 * qualifier, "between"/"from" or an age word, a second qualifier, a
 * currency, a sign, and "a-" before a number word. "between about US$ 5" → 5 tokens.
 */
export const NUMBER_REACH = 2 * QUALIFIER_BEFORE_TOKENS + 1 + CURRENCY_BEFORE_TOKENS + 1 + 2;
