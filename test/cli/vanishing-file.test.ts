import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

// The window a concurrent `rm` hits: the file is listed and found by stat, then gone when it is
// read. To hit it every time, readFile of a file named vanishing.txt first removes the file (for
// real) and then reads it with the real readFile, which fails as it would in the race.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    if (String(path).endsWith('vanishing.txt')) await real.rm(String(path));
    return (real.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof real.readFile;
  return { ...real, default: { ...real, readFile }, readFile };
});

const dir = mkdtempSync(join(tmpdir(), 'verslag-vanishing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that disappears while it is read', () => {
  it('is named with what happened, exit 2, and the other files are still parsed', async () => {
    copyFileSync(join(FIXTURES, 'parse', 'seed-001', 'input.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'vanishing.txt'), '1. Opening\n');
    const r = await runCli(['parse', '--format', 'jsonl', '.'], { cwd: dir });
    expect(r.stderr).toBe('verslag: vanishing.txt: was removed while it was being read\n');
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(['good.txt']);
  });
});
