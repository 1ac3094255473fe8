import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/cli/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from './helpers.js';

const MINUTES = '1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Sluiting\n\nDe voorzitter sluit de vergadering.\n';

describe('paths', () => {
  const tmp = tempDir();
  beforeAll(() => {
    for (const f of ['b/2.txt', 'b/10.txt', 'a/1.md', 'drafts/x.txt', 'a/old.bak.txt', 'node_modules/pkg/readme.txt', '.verslag-cache/ab/x.txt']) {
      mkdirSync(join(tmp.dir, f, '..'), { recursive: true });
      writeFileSync(join(tmp.dir, f), MINUTES);
    }
    writeFileSync(join(tmp.dir, 'a', 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 0, 3, 4, 0, 0]));
    writeFileSync(join(tmp.dir, '.verslagignore'), '# drafts are not minutes yet\ndrafts/\n');
  });
  afterAll(() => tmp.remove());

  it('expands folders, sorted by code unit, leaving out .verslagignore, node_modules and the cache', async () => {
    const { files } = await expandPaths(['.'], tmp.dir);
    expect(files).toEqual(['a/1.md', 'a/binary.txt', 'a/old.bak.txt', 'b/10.txt', 'b/2.txt']);
  });

  it('walks a folder as fast-glob would: dot names, node_modules and case as its pattern says, links followed, a loop once', async () => {
    const other = tempDir();
    try {
      const root = join(other.dir, 'walk');
      for (const f of ['x/1.txt', 'x/2.TXT', 'x/3.text', 'x/4.markdown', 'x/5.txt.bak', 'x/.hidden.txt', '.dot/6.txt', 'y/node_modules/7.txt', 'y/deep/er/8.md', 'z/9.txt']) {
        mkdirSync(join(root, f, '..'), { recursive: true });
        writeFileSync(join(root, f), MINUTES);
      }
      symlinkSync(join(root, 'z'), join(root, 'y', 'to-z'));
      symlinkSync(join(root, 'x', '1.txt'), join(root, 'y', 'link.txt'));
      symlinkSync(join(root, 'gone.txt'), join(root, 'x', 'dangling.txt'));
      const expected = ['walk/x/1.txt', 'walk/x/3.text', 'walk/x/4.markdown', 'walk/y/deep/er/8.md', 'walk/y/link.txt', 'walk/y/to-z/9.txt', 'walk/z/9.txt'];
      const fg = (await import('fast-glob')).default;
      const globbed = await fg('**/*.{txt,md,markdown,text}', { cwd: root, dot: false, onlyFiles: true, ignore: ['**/node_modules/**', '**/.verslag-cache/**'] });
      expect(globbed.map((f) => `walk/${f}`).sort()).toEqual(expected);
      expect((await expandPaths(['walk'], other.dir)).files).toEqual(expected);
      // A link back up (fast-glob would go round it until the path is too long): walked once.
      symlinkSync(root, join(root, 'z', 'loop'));
      expect((await expandPaths(['walk'], other.dir)).files).toEqual(expected);
    } finally {
      other.remove();
    }
  });

  it('adds --ignore patterns, in gitignore syntax, to folders and globs', async () => {
    expect((await expandPaths(['.'], tmp.dir, { ignore: ['*.bak.txt', 'a/binary.txt'] })).files).toEqual(['a/1.md', 'b/10.txt', 'b/2.txt']);
    expect((await expandPaths(['**/*.txt'], tmp.dir, { ignore: ['b/'] })).files).toEqual(['a/binary.txt', 'a/old.bak.txt']);
  });

  it('leaves out a --cache-location inside the archive (its stamp index is a .txt), walked or globbed', async () => {
    const other = tempDir();
    try {
      mkdirSync(join(other.dir, 'archive'), { recursive: true });
      writeFileSync(join(other.dir, 'archive', 'a.txt'), MINUTES);
      const args = ['validate', '--quiet', '--format', 'json', '--cache-location', 'archive/cache', 'archive'];
      const first = await runCli(args, { cwd: other.dir });
      expect(first.code, first.stderr).toBe(0);
      // The run wrote its stamp index below archive/cache: the next run must not read it as a verslag.
      const stamps = (await expandPaths(['archive', 'archive/**/*.txt'], other.dir)).files.filter((f) => f.startsWith('archive/cache/'));
      expect(stamps).toHaveLength(1);
      expect((await expandPaths(['archive', 'archive/**/*.txt'], other.dir, { skipFolders: ['archive/cache'] })).files).toEqual(['archive/a.txt']);
      const second = await runCli(args, { cwd: other.dir });
      expect(second.code, second.stderr).toBe(0);
      expect((JSON.parse(second.stdout) as Array<{ path: string }>).map((r) => r.path)).toEqual(['archive/a.txt']);
      // Named explicitly, a file in it is still read (as any file named explicitly).
      expect((await expandPaths([stamps[0]!], other.dir, { skipFolders: [join(other.dir, 'archive', 'cache')] })).files).toEqual(stamps);
    } finally {
      other.remove();
    }
  });

  it('always reads a file named explicitly, ignored or not', async () => {
    expect((await expandPaths(['drafts/x.txt', 'b'], tmp.dir)).files).toEqual(['b/10.txt', 'b/2.txt', 'drafts/x.txt']);
  });

  it('reports a file that is not text as an error for that file, and still parses the others (exit 2)', async () => {
    const r = await runCli(['parse', '--format', 'jsonl', '--ignore', '*.bak.txt', '.'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^verslag: a\/binary\.txt: not a text file/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['a/1.md', 'b/10.txt', 'b/2.txt']);
  });
});
