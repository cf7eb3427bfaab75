import { readFileSync } from 'node:fs';
import { decode, type Decoded } from '../core/decode';
import { describe } from './describeError';
import type { InputFile } from './inputs';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === 'string' ? Buffer.from(part) : part);
  return Buffer.concat(parts);
}

/**
 * A file's text read in one call that decodes as it reads, leniently: a bad
 * byte becomes U+FFFD, and only a text holding U+FFFD or NUL, usually a bad
 * file, is read again as bytes for decode to accept or explain. Valid UTF-8
 * decodes the same either way, and the byte order mark is dropped as decode does.
 * `readText('a.txt')` holding EF BB BF 61 → `{ text: 'a' }`
 */
export function readText(path: string): Decoded {
  const text = readFileSync(path, 'utf8');
  if (text.includes('\ufffd') || text.includes('\0')) return decode(readFileSync(path));
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * The article's text, or a one-line reason it cannot be analysed, naming the file.
 * `{ path: 'x.bin' }` holding "a\0b" → `{ error: 'x.bin looks binary (a NUL byte at offset 1); ...' }`.
 */
export async function readInput(file: InputFile, stdin: NodeJS.ReadableStream): Promise<{ text: string } | { error: string }> {
  const name = file.path ?? 'standard input';
  let decoded: Decoded;
  try {
    decoded = file.path === null ? decode(await readAll(stdin)) : readText(file.path);
  } catch (error) {
    return { error: `${name}: ${describe(error)}` };
  }
  return 'text' in decoded ? decoded : { error: `${name} ${decoded.error}` };
}
