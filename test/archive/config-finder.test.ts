import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigFinder } from '../../src/cli/archive-config.js';
import { findConfig } from '../../src/config/index.js';
import { tempDir } from './helpers.js';

describe('finding the config for many folders', () => {
  const root = tempDir();
  afterAll(() => root.remove());
  const dirs = ['a', 'a/b', 'a/b/c', 'a/d', 'x', 'x/y', 'z/.verslagrc.yaml-is-a-folder'].map((d) => join(root.dir, d));
  for (const d of dirs) mkdirSync(d, { recursive: true });
  writeFileSync(join(root.dir, 'a', '.verslagrc.yaml'), 'rules: {}\n');
  writeFileSync(join(root.dir, 'a', 'b', 'c', '.verslagrc.yml'), 'rules: {}\n');
  mkdirSync(join(root.dir, 'z', '.verslagrc.yaml'), { recursive: true });

  it('gives what findConfig gives for each folder, in any order of asking', async () => {
    const finder = new ConfigFinder();
    const order = [...dirs, join(root.dir, 'z'), ...dirs.slice().reverse()];
    for (const d of order) expect(finder.find(d)).toBe(await findConfig(d));
    expect(finder.find(join(root.dir, 'a', 'b'))).toBe(join(root.dir, 'a', '.verslagrc.yaml'));
    expect(finder.find(join(root.dir, 'a', 'b', 'c'))).toBe(join(root.dir, 'a', 'b', 'c', '.verslagrc.yml'));
  });
});
