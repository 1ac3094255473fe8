import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGenerated } from '../../archive/helpers.js';
import { ROOT } from '../../helpers/fixtures.js';

/**
 * Start-up is most of a query answered from the index, and Node's module loader costs about a
 * millisecond a module: such a run must not load the parser (nor zod, the runner, the workers, the
 * glob and ignore packages), which only files the index can't answer need.
 */
describe('a query answered from the index loads only what it needs', () => {
  let archive: ReturnType<typeof writeGenerated>;
  beforeAll(async () => {
    archive = writeGenerated({ files: 4, seed: 5 });
    // Files are kept in the index once their stamps have settled (archive/file-stamp.ts).
    await new Promise((r) => setTimeout(r, 3100));
  });
  afterAll(() => archive.remove());

  const loaded = () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join('test', 'query', 'index', 'loaded-child.ts'), 'query', '-q', '-j', '1', '--cache-location', join(archive.dir, 'cache'), '-e', 'de', archive.dir], { cwd: ROOT, encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    return child.stderr.split('\n').flatMap((l) => (l.startsWith('loaded ') ? [l.slice('loaded '.length)] : []));
  };

  it('no parser, runner, zod, fast-glob or ignore; the index and commander', () => {
    const building = loaded();
    // The first run parses the files: the same check would see the parser (so it can see it at all).
    expect(building.some((u) => u.endsWith('/src/parse/index.ts'))).toBe(true);
    const answered = loaded();
    expect(answered.some((u) => u.endsWith('/src/query/index/store.ts'))).toBe(true);
    expect(answered.some((u) => u.includes('/node_modules/commander/'))).toBe(true);
    const unwanted = answered.filter((u) => /\/src\/(?:parse\/(?:index|stages|speakers)|archive\/(?:run-files|pool|product|stamp-index)|api\/(?:parse|markdown-reader)|model\/index)|\/node_modules\/(?:zod|fast-glob|ignore|yaml|chalk)\//.test(u));
    expect(unwanted).toEqual([]);
  });
});
