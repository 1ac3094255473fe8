import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir, writeGenerated } from '../archive/helpers.js';
import { ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * With a cache, a roster checked once is kept (cli/roster-memo.ts) and read back as JSON while its
 * text and the tool are unchanged. What a run makes of the roster must be what a fresh check makes.
 */
describe('a checked roster kept in the cache', () => {
  const archive = writeGenerated({ files: 12, seed: 11 });
  const cache = tempDir();
  afterAll(() => {
    archive.remove();
    cache.remove();
  });
  const roster = join(archive.dir, 'roster.yaml');
  const original = readFileSync(roster, 'utf8');
  const kept = () => readdirSync(join(cache.dir, 'roster')).filter((f) => f.endsWith('.json'));
  const parse = (...extra: string[]) => runCli(['parse', '--format', 'jsonl', '--jobs', '1', '--roster', roster, ...extra, archive.dir]);

  it('gives what a fresh check gives, the first time and from the cache, and follows an edit', async () => {
    const fresh = await parse();
    expect(fresh.code, fresh.stderr).toBe(0);
    const filled = await parse('--cache-location', cache.dir);
    expect(filled.stdout).toBe(fresh.stdout);
    expect(kept()).toHaveLength(1);
    const fromMemo = await parse('--cache-location', cache.dir);
    expect(fromMemo.stdout).toBe(fresh.stdout);

    // Another body's geledingen: another text, another key, another answer.
    writeFileSync(roster, `geledingen: [personeelsgeleding, oudergeleding]\n${original}`);
    try {
      const edited = await parse();
      expect(edited.stdout).not.toBe(fresh.stdout);
      expect((await parse('--cache-location', cache.dir)).stdout).toBe(edited.stdout);
      expect(kept()).toHaveLength(2);
    } finally {
      writeFileSync(roster, original);
    }
  });

  it('a kept roster that is cut short is checked again and kept anew', async () => {
    // A cache of its own: one kept roster, the current text's.
    const own = tempDir();
    try {
      const fresh = await parse();
      await parse('--cache-location', own.dir);
      const files = readdirSync(join(own.dir, 'roster')).filter((f) => f.endsWith('.json'));
      expect(files).toHaveLength(1);
      const path = join(own.dir, 'roster', files[0]!);
      writeFileSync(path, readFileSync(path, 'utf8').slice(0, 20));
      expect((await parse('--cache-location', own.dir)).stdout).toBe(fresh.stdout);
      expect(() => JSON.parse(readFileSync(path, 'utf8')) as unknown).not.toThrow();
    } finally {
      own.remove();
    }
  });

  it('a roster that fails its check is never kept: every run says so', async () => {
    const bad = join(cache.dir, 'bad.yaml');
    writeFileSync(bad, 'members: 3\n');
    const before = kept().length;
    for (let i = 0; i < 2; i++) {
      const r = await runCli(['parse', '--roster', bad, '--cache-location', cache.dir, archive.dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad\.yaml: roster key members: /);
    }
    expect(kept()).toHaveLength(before);
  });

  it('a validate run with a kept roster loads neither zod nor the YAML reader', async () => {
    // Kept by a run of its own, so this test does not lean on the ones above.
    expect((await parse('--cache-location', cache.dir)).code).toBe(0);
    const run = () => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join('test', 'query', 'index', 'loaded-child.ts'), 'validate', '-j', '1', '--roster', roster, '--cache-location', cache.dir, archive.dir], { cwd: ROOT, encoding: 'utf8' });
      expect([0, 1], child.stderr).toContain(child.status);
      return child.stderr.split('\n').filter((l) => l.startsWith('loaded ') && /\/node_modules\/(?:zod|yaml)\//.test(l));
    };
    const first = run();
    // Kept by parse (the same text and tool): validate reads it back.
    expect(first).toEqual([]);
    // And the probe sees them where the roster is checked: without the cache.
    const child = spawnSync(process.execPath, ['--import', 'tsx', join('test', 'query', 'index', 'loaded-child.ts'), 'validate', '-j', '1', '--roster', roster, join(archive.dir, readdirSync(archive.dir).find((d) => !d.includes('.'))!)], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toMatch(/loaded .*\/node_modules\/zod\//);
  });
});
