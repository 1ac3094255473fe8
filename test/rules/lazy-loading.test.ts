import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules/ids.js';
import { RULES } from '../../src/rules/index.js';
import { writeGenerated } from '../archive/helpers.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * What a run loads is start-up time: rules keep their default options as plain data beside a schema
 * built on demand, so a run with no options in its config never loads zod, and their ids are listed
 * apart, so a run answered from the cache loads no rule. Each pair must say the same thing.
 */
describe('rule ids and options, apart from the rules', () => {
  it('RULE_IDS lists every rule, in the order they run', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
  });

  const withOptions = RULES.filter((r) => r.defaultOptions !== undefined);

  it('five rules take options; the defaults of each pass its own schema, and {} gives them', () => {
    expect(withOptions.map((r) => r.id).sort()).toEqual(['agenda-opening-closing', 'decision-missing', 'header-fields', 'name-variant', 'text-artefact']);
    for (const rule of withOptions) {
      expect(rule.parseOptions(rule.defaultOptions, z), rule.id).toEqual({ ok: true, options: rule.defaultOptions });
      expect(rule.parseOptions({}, z), rule.id).toEqual({ ok: true, options: rule.defaultOptions });
    }
  });

  it('options a config leaves out keep their defaults', () => {
    const rule = RULES.find((r) => r.id === 'name-variant')!;
    expect(rule.parseOptions({ minLength: 7 }, z)).toEqual({ ok: true, options: { ignore: [], minLength: 7 } });
  });

  it('a misspelt option is still an error, named by its key', () => {
    const rule = RULES.find((r) => r.id === 'name-variant')!;
    expect(rule.parseOptions({ minLenght: 4 }, z)).toEqual({ ok: false, error: expect.stringContaining('minLenght') as unknown });
    expect(rule.parseOptions({ minLength: 2 }, z)).toMatchObject({ ok: false, error: expect.stringMatching(/^option minLength: /) as unknown });
  });
});

/** Every module a CLI run loads, from the TypeScript sources (see the query index's loading test). */
function loadedBy(args: string[]): string[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join('test', 'query', 'index', 'loaded-child.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  // 1 is findings; anything that is not a run of validate says so on stderr.
  expect([0, 1], child.stderr).toContain(child.status);
  expect(child.stderr).not.toMatch(/Error|verslag:/);
  return child.stderr.split('\n').flatMap((l) => (l.startsWith('loaded ') ? [l.slice('loaded '.length)] : []));
}

describe('a CLI run loads only what it uses', () => {
  const seed = readFileSync(join(ROOT, 'fixtures', 'parse', 'seed-001', 'input.txt'));
  const zod = (urls: string[]) => urls.filter((u) => u.includes('/node_modules/zod/'));

  it('validate of one file with no config, roster or baseline: parser and rules, no zod', () => {
    // In a folder of its own: no .verslagrc.yaml above it.
    const dir = mkdtempSync(join(tmpdir(), 'verslag-nozod-'));
    try {
      writeFileSync(join(dir, 'seed.txt'), seed);
      const urls = loadedBy(['validate', '-j', '1', join(dir, 'seed.txt')]);
      expect(urls.some((u) => u.endsWith('/src/parse/index.ts'))).toBe(true);
      expect(urls.some((u) => u.endsWith('/src/rules/name-variant.ts'))).toBe(true);
      expect(zod(urls)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with a config file, zod checks it (the same probe sees zod when it loads)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-zod-'));
    try {
      writeFileSync(join(dir, '.verslagrc.yaml'), 'rules:\n  name-variant: [warn, { minLength: 6 }]\n');
      writeFileSync(join(dir, 'seed.txt'), seed);
      expect(zod(loadedBy(['validate', '-j', '1', join(dir, 'seed.txt')])).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a validate run answered from the cache loads no parser, rule, archive rule or zod', async () => {
    const archive = writeGenerated({ files: 4, seed: 7 });
    try {
      const args = ['validate', '-j', '1', '--cache-location', join(archive.dir, 'cache'), archive.dir];
      // A file is kept in the stamp index once its stamp has settled (archive/file-stamp.ts).
      await new Promise((r) => setTimeout(r, 3100));
      const first = loadedBy(args);
      // The first run parses and checks: the probe sees the parser and the rules when they load.
      expect(first.some((u) => u.endsWith('/src/parse/index.ts'))).toBe(true);
      expect(first.some((u) => u.endsWith('/src/rules/index.ts'))).toBe(true);
      expect(first.some((u) => u.endsWith('/src/archive/rules/index.ts'))).toBe(true);
      const warm = loadedBy(args);
      expect(warm.some((u) => u.endsWith('/src/archive/validate-product.ts'))).toBe(true);
      const unwanted = warm.filter((u) => /\/src\/(?:parse\/(?:index|stages|speakers)|rules\/(?:index|validate)|archive\/(?:rules\/index|produce)|api\/parse)\.ts$|\/node_modules\/zod\//.test(u));
      expect(unwanted).toEqual([]);
    } finally {
      archive.remove();
    }
  });
});
