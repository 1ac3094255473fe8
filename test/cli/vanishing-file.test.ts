import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readInput } from '../../src/api/parse.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

// The window a concurrent `rm` hits: the file is listed and found by stat, then gone when it is
// read. To hit it every time, reading a file named vanishing*.txt first removes the file (for
// real) and then reads it with the real function, which fails as it would in the race. Both the
// synchronous read (the archive's fast path) and the promise one (the library's) are covered.
const VANISHING = /vanishing[^/]*\.txt$/;

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof real.readFileSync>[0], ...rest: unknown[]) => {
    if (VANISHING.test(String(path))) real.rmSync(String(path), { force: true });
    return (real.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, default: { ...real, readFileSync }, readFileSync };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    if (VANISHING.test(String(path))) await real.rm(String(path), { force: true });
    return (real.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof real.readFile;
  return { ...real, default: { ...real, readFile }, readFile };
});

const dir = mkdtempSync(join(tmpdir(), 'verslag-vanishing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that disappears while it is read', () => {
  it('the CLI names it, exits 2, and still parses the other files', async () => {
    copyFileSync(join(FIXTURES, 'parse', 'seed-001', 'input.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'vanishing.txt'), '1. Opening\n');
    const r = await runCli(['parse', '--format', 'jsonl', '.'], { cwd: dir });
    expect(r.stderr).toBe('verslag: vanishing.txt: was removed while it was being read\n');
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(['good.txt']);
  });

  it('the library says it was removed while being read when stat had found it', async () => {
    const path = join(dir, 'vanishing-2.txt');
    writeFileSync(path, '1. Opening\n');
    await expect(readInput(path, 1024)).rejects.toMatchObject({ name: 'InputError', file: path, code: 'ENOENT', reason: 'was removed while it was being read' });
  });
});
