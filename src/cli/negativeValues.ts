/** A negative number: never an option name, so it can only be the value before it. */
const NEGATIVE = /^-\.?\d/;

/**
 * Joins a negative number to the option before it, which parseArgs would
 * otherwise refuse as "ambiguous", hiding the option's own range message.
 * Options that take no value, and everything after `--`, are left alone.
 * `joinNegativeValues(['--jobs', '-1'], { jobs: { type: 'string' } })` → ['--jobs=-1']
 */
export function joinNegativeValues(argv: readonly string[], options: Readonly<Record<string, { type: string; short?: string }>>): string[] {
  const takesValue = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    takesValue.set(`--${name}`, name);
    if (option.short !== undefined) takesValue.set(`-${option.short}`, name);
  }
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return joined.concat(argv.slice(i));
    const name = takesValue.get(argv[i]);
    const next = argv[i + 1];
    if (name !== undefined && next !== undefined && NEGATIVE.test(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else joined.push(argv[i]);
  }
  return joined;
}
