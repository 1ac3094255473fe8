import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexWriter } from '../../src/archive/index-writer.js';
import { STALE_TEMPORARY_MS, sweepStaleTemporaries, TemporaryFile } from '../../src/io/temporary-file.js';
import { tempDir } from '../archive/helpers.js';

describe('files written beside their target and renamed into place', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('keeps the old file whole until commit, then holds exactly what was written', () => {
    const target = join(dir.dir, 'sub', 'index');
    const first = new TemporaryFile(target);
    first.write(Buffer.from('old'));
    first.commit();
    const next = new TemporaryFile(target);
    next.write(Buffer.from('new '));
    expect(readFileSync(target, 'utf8')).toBe('old');
    next.write(Buffer.from('content'));
    next.commit();
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(join(dir.dir, 'sub'))).toEqual(['index']);
  });

  it('abandon removes the temporary file and leaves the target as it was', () => {
    const target = join(dir.dir, 'index');
    writeFileSync(target, 'old');
    const t = new TemporaryFile(target);
    t.write(Buffer.from('half'));
    expect(existsSync(t.path)).toBe(true);
    t.abandon();
    t.abandon();
    expect(readdirSync(dir.dir)).toEqual(['index']);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('sweeps only the temporaries it is told of, and only old ones', () => {
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    for (const name of ['index.aaaa.tmp', 'index.bbbb.tmp', 'other.cccc.tmp']) writeFileSync(join(dir.dir, name), 'x');
    utimesSync(join(dir.dir, 'index.aaaa.tmp'), old, old);
    utimesSync(join(dir.dir, 'other.cccc.tmp'), old, old);
    sweepStaleTemporaries(dir.dir, (name) => name.startsWith('index.') && name.endsWith('.tmp'));
    expect(readdirSync(dir.dir).sort()).toEqual(['index.bbbb.tmp', 'other.cccc.tmp']);
  });

  it('the stamp index writer sweeps what killed writes of its own file left', () => {
    const target = join(dir.dir, 'stamps');
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    writeFileSync(join(dir.dir, 'stamps.dead00.tmp'), 'x');
    utimesSync(join(dir.dir, 'stamps.dead00.tmp'), old, old);
    writeFileSync(join(dir.dir, 'stamps.live00.tmp'), 'x');
    const w = new IndexWriter(target);
    w.line('a\t1');
    expect(w.commit()).toBe(true);
    expect(readdirSync(dir.dir).sort()).toEqual(['stamps', 'stamps.live00.tmp']);
    expect(readFileSync(target, 'latin1')).toMatch(/^a\t1\nend\t1\t[0-9a-f]{64}\n$/);
  });
});
