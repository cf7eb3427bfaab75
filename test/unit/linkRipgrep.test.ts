import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkRipgrep, ripgrepPath } from '../harness/linkRipgrep';

describe('linkRipgrep', () => {
  let root: string;
  let path: string | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-rg-'));
    path = process.env.PATH;
  });
  afterEach(() => {
    process.env.PATH = path;
    rmSync(root, { recursive: true, force: true });
  });

  /** A folder holding an executable `rg`, for PATH. */
  function binWithRipgrep(): string {
    const bin = join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'rg'), '#!/bin/sh\n');
    chmodSync(join(bin, 'rg'), 0o755);
    return bin;
  }

  it('links the rg on PATH where code-server looks for its own', () => {
    const bin = binWithRipgrep();
    process.env.PATH = `${bin}:/usr/bin:/bin`;
    const server = join(root, 'code-server');
    assert.equal(linkRipgrep(server), null);
    assert.equal(readlinkSync(ripgrepPath(server)), join(bin, 'rg'));
  });

  it('tells the user when there is no rg to link, and links nothing', () => {
    process.env.PATH = join(root, 'empty');
    const server = join(root, 'code-server');
    assert.match(linkRipgrep(server) ?? '', /ripgrep/);
    assert.equal(existsSync(ripgrepPath(server)), false);
  });

  it('leaves a ripgrep that is already there', () => {
    const server = join(root, 'code-server');
    const bin = binWithRipgrep();
    process.env.PATH = `${bin}:/usr/bin:/bin`;
    linkRipgrep(server);
    process.env.PATH = join(root, 'empty');
    assert.equal(linkRipgrep(server), null);
    assert.equal(readlinkSync(ripgrepPath(server)), join(bin, 'rg'));
  });
});
