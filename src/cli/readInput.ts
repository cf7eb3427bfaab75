import { readFileSync } from 'node:fs';
import { decode } from './decode';
import { describe, type InputFile } from './inputs';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === 'string' ? Buffer.from(part) : part);
  return Buffer.concat(parts);
}

/**
 * The article's text, or a one-line reason it cannot be analysed, naming the file.
 * `{ path: 'x.bin' }` holding "a\0b" → `{ error: 'x.bin looks binary (a NUL byte at offset 1); ...' }`.
 */
export async function readInput(file: InputFile, stdin: NodeJS.ReadableStream): Promise<{ text: string } | { error: string }> {
  const name = file.path ?? 'standard input';
  let bytes: Uint8Array;
  try {
    bytes = file.path === null ? await readAll(stdin) : readFileSync(file.path);
  } catch (error) {
    return { error: `${name}: ${describe(error)}` };
  }
  const decoded = decode(bytes);
  return 'text' in decoded ? decoded : { error: `${name} ${decoded.error}` };
}
