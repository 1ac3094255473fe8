import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siblingModule } from '../../src/archive/product.js';
import { type RunFilesOptions, runFiles } from '../../src/archive/run-files.js';
import type { ValidatedFile } from '../../src/archive/validate-product.js';
import { tempDir, writeGenerated } from './helpers.js';

// A clock ten seconds ahead: files written by the test count as settled (see file-stamp.ts).
const later = () => BigInt(Date.now() + 10_000) * 1_000_000n;
const VALIDATE = { module: siblingModule(import.meta.url, '../../src/archive/validate-product.js'), name: 'validateArchiveProduct', config: {} };

let archive: ReturnType<typeof writeGenerated>;
let cache: ReturnType<typeof tempDir>;
let files: string[];
beforeEach(() => {
  archive = writeGenerated({ files: 6, seed: 21, clean: true });
  cache = tempDir();
  files = readdirSync(archive.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(archive.dir, f));
});
afterEach(() => {
  archive.remove();
  cache.remove();
});

async function validate(extra: Partial<RunFilesOptions> = {}) {
  const values: ValidatedFile[] = [];
  const summary = await runFiles<ValidatedFile>(files, { product: VALIDATE, cwd: archive.dir, cacheDir: cache.dir, version: 'test', jobs: 1, nowNs: later, ...extra }, (r) => {
    if (!r.ok) throw r.error;
    values.push(r.value);
  });
  return { values, stats: summary.cache!, workers: summary.workers };
}

const indexFile = () => join(cache.dir, 'stamps', readdirSync(join(cache.dir, 'stamps')).find((f) => f.endsWith('.txt'))!);

describe('the stamp index', () => {
  it('answers an unchanged file from its stamp, without reading it, and writes nothing', async () => {
    const cold = await validate();
    expect(cold.stats).toMatchObject({ reused: 0, hits: 0, misses: files.length });
    const written = statSync(indexFile(), { bigint: true });
    const warm = await validate();
    expect(warm.stats).toMatchObject({ reused: files.length, hits: 0, misses: 0 });
    expect(warm.values).toEqual(cold.values);
    // Nothing changed, so the index was not written again (a rewrite is a rename: a new inode).
    const after = statSync(indexFile(), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([written.ino, written.mtimeNs]);
  });

  it('parses the few files a warm run must read in this thread, without starting workers', async () => {
    const cold = await validate({ jobs: 2 });
    expect(cold.workers).toBe(2);
    writeFileSync(files[0]!, `${readFileSync(files[0]!, 'utf8')}\nGedrukt op 1 januari.\n`);
    const warm = await validate({ jobs: 2 });
    expect(warm.stats).toMatchObject({ reused: files.length - 1, misses: 1 });
    expect(warm.workers).toBe(0);
    expect(warm.values.slice(1)).toEqual(cold.values.slice(1));
    // The edited file is answered from its new text, as a run with no cache parses it.
    const uncached: ValidatedFile[] = [];
    await runFiles<ValidatedFile>(files.slice(0, 1), { product: VALIDATE, cwd: archive.dir, version: 'test', jobs: 1 }, (r) => {
      if (!r.ok) throw r.error;
      uncached.push(r.value);
    });
    expect(warm.values[0]!.summary).toEqual(uncached[0]!.summary);
    expect(warm.values[0]!.summary).not.toEqual(cold.values[0]!.summary);
  });

  it('reads a file again when it is rewritten with the same size and its old mtime put back', async () => {
    const file = files[0]!;
    // An mtime of whole seconds, which utimes can put back exactly.
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, hourAgo, hourAgo);
    const cold = await validate();
    const before = readFileSync(file, 'utf8');
    const old = statSync(file, { bigint: true });
    // Past the kernel's timestamp tick, so the rewrite gets a later ctime.
    await new Promise((r) => setTimeout(r, 50));
    const changed = before.replace(/Plaats:\t(\S)/, (_, c: string) => `Plaats:\t${c === 'X' ? 'Y' : 'X'}`);
    expect(changed).not.toBe(before);
    expect(changed.length).toBe(before.length);
    writeFileSync(file, changed);
    utimesSync(file, hourAgo, hourAgo); // what `touch -d` or `cp -p` does: mtime back, ctime is now
    const now = statSync(file, { bigint: true });
    expect([now.size, now.mtimeNs, now.ino]).toEqual([old.size, old.mtimeNs, old.ino]);
    const warm = await validate();
    expect(warm.stats).toMatchObject({ reused: files.length - 1, misses: 1 });
    expect(warm.values[0]!.summary.sha256).not.toBe(cold.values[0]!.summary.sha256);
    // The product is the new content's: the same as a run without a cache gives.
    expect(warm.values).toEqual((await validate({ cacheDir: undefined })).values);
  });

  it('does not trust the stamp of a file written within the settling time, but reuses its content', async () => {
    // The real clock: every file was just written, so none may be answered by its stamp.
    const cold = await validate({ nowNs: undefined });
    const next = await validate({ nowNs: undefined });
    expect(next.stats).toMatchObject({ reused: 0, hits: files.length, misses: 0 });
    expect(next.values).toEqual(cold.values);
  });

  it('reads and hashes every file with the content strategy', async () => {
    await validate();
    const content = await validate({ cacheStrategy: 'content' });
    expect(content.stats).toMatchObject({ reused: 0, hits: files.length, misses: 0 });
  });

  it('ignores a truncated index, and writes a whole one again', async () => {
    const cold = await validate();
    const path = indexFile();
    const text = readFileSync(path);
    writeFileSync(path, text.subarray(0, Math.floor(text.length / 2)));
    const again = await validate();
    expect(again.stats).toMatchObject({ reused: 0, misses: files.length, broken: 1 });
    expect(again.values).toEqual(cold.values);
    expect(readFileSync(path).length).toBe(text.length);
    expect((await validate()).stats).toMatchObject({ reused: files.length, broken: 0 });
  });

  it('ignores an index whose content was edited, even when its length is right', async () => {
    await validate();
    const path = indexFile();
    const text = readFileSync(path, 'latin1');
    // A warning's line number changed in place: same length, still valid JSON.
    const edited = text.replace(/"line":(\d)/, (_, d: string) => `"line":${d === '9' ? '8' : '9'}`);
    expect(edited).not.toBe(text);
    writeFileSync(path, edited, 'latin1');
    expect((await validate()).stats).toMatchObject({ reused: 0, broken: 1 });
  });

  it('refuses a file over a lower --max-size, though its stamp is unchanged', async () => {
    await validate();
    const size = statSync(files[0]!).size;
    const results: Array<{ ok: boolean; reason?: string }> = [];
    await runFiles<ValidatedFile>(files.slice(0, 1), { product: VALIDATE, cwd: archive.dir, cacheDir: cache.dir, version: 'test', jobs: 1, nowNs: later, maxBytes: size - 1 }, (r) => {
      results.push(r.ok ? { ok: true } : { ok: false, reason: r.error.reason });
    });
    expect(results).toEqual([{ ok: false, reason: expect.stringMatching(/over the limit/) }]);
  });

  it('keeps the entries of files a run over part of the archive did not visit', async () => {
    await validate();
    const some = await runFiles<ValidatedFile>(files.slice(0, 2), { product: VALIDATE, cwd: archive.dir, cacheDir: cache.dir, version: 'test', jobs: 1, nowNs: later }, () => undefined);
    expect(some.cache).toMatchObject({ reused: 2 });
    expect((await validate()).stats).toMatchObject({ reused: files.length });
  });
});
