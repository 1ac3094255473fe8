import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

// `--out DIR` writes only inside DIR, whatever the inputs are called or where they are, and never
// through a link that points elsewhere. (The planner's own unit tests are in test/export.)
const root = mkdtempSync(join(tmpdir(), 'verslag-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const seed = join(FIXTURES, 'parse', 'seed-003', 'input.txt');

describe('export --out keeps every output inside the folder', () => {
  it('inputs named through .. and absolute paths land in the folder under their base name', async () => {
    const work = join(root, 'work');
    mkdirSync(join(work, 'sub'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    copyFileSync(seed, join(root, 'elsewhere', 'notulen.txt'));
    copyFileSync(seed, join(work, 'sub', 'verslag.txt'));
    const r = await runCli(['export', '--to', 'json', '--out', 'out', '../elsewhere/notulen.txt', join(work, 'sub', 'verslag.txt')], { cwd: work });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['notulen.json', 'verslag.json']);
    // Nothing was written beside the inputs.
    expect(readdirSync(join(root, 'elsewhere'))).toEqual(['notulen.txt']);
    expect(readdirSync(join(work, 'sub'))).toEqual(['verslag.txt']);
  });

  it('a link in the folder that points outside is not written through', async () => {
    const work = join(root, 'links');
    mkdirSync(join(work, 'out'), { recursive: true });
    writeFileSync(join(root, 'precious.json'), 'keep me');
    symlinkSync(join(root, 'precious.json'), join(work, 'out', 'notulen.json'));
    copyFileSync(seed, join(work, 'notulen.txt'));
    const r = await runCli(['export', '--to', 'json', '--out', 'out', '--force', 'notulen.txt'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^verslag: out\/notulen\.json: .*link/);
    expect(readFileSync(join(root, 'precious.json'), 'utf8')).toBe('keep me');
  });
});
