import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/gen-archive/index.js';
import { type IndexedQueryOptions, queryWithIndex } from '../../../src/cli/query-index.js';
import { MAX_KEPT } from '../../../src/cli/query-index-folder.js';
import type { Io } from '../../../src/cli/io.js';
import { compileQuery } from '../../../src/query/filters.js';
import { searchIndexed } from '../../../src/query/index/search.js';
import { StoredIndex } from '../../../src/query/index/store.js';
import { STALE_VIEW } from '../../../src/query/index/view.js';
import { makeSink } from '../../../src/query/output/sink.js';
import { tempDir } from '../../archive/helpers.js';

/** What the index did in one run, and what the run printed. */
async function run(cwd: string, options: Partial<IndexedQueryOptions> = {}, pattern = 'het') {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, readStdin: async () => new Uint8Array(), env: {}, cwd };
  const query = compileQuery({ patterns: [pattern] });
  const sink = await makeSink({ mode: 'count' }, query.kind, (s) => (stdout += s));
  // Ten seconds on: every file written by the test counts as settled.
  const nowNs = () => BigInt(Date.now() + 10_000) * 1_000_000n;
  const r = await queryWithIndex(['.'], io, { cacheDir: join(cwd, '.verslag-cache'), maxBytes: 1 << 20, jobs: 1, nowNs, ...options }, query, 0, sink);
  return { ...r, stdout, stderr };
}

describe('the query index follows the archive', () => {
  let temp: ReturnType<typeof tempDir>;
  let files: string[];
  beforeEach(() => {
    temp = tempDir();
    files = [];
    for (const f of generateArchive({ files: 12, seed: 5, clean: true }).files()) {
      mkdirSync(dirname(join(temp.dir, f.path)), { recursive: true });
      writeFileSync(join(temp.dir, f.path), f.text);
      files.push(f.path);
    }
  });
  afterEach(() => temp.remove());
  const indexFile = () => {
    const dir = join(temp.dir, '.verslag-cache', 'query-index');
    return join(dir, readdirSync(dir)[0]!);
  };

  it('is built once, then read without reading a file', async () => {
    const first = await run(temp.dir);
    expect(first).toMatchObject({ failed: 0, fromIndex: 0, parsed: files.length, wrote: true });
    const second = await run(temp.dir);
    expect(second).toMatchObject({ failed: 0, fromIndex: files.length, parsed: 0, wrote: false, listed: true });
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout.split('\n').length).toBeGreaterThan(5);
  });

  it('reads a changed file again, drops a removed one, adds a new one', async () => {
    await run(temp.dir);
    appendFileSync(join(temp.dir, files[0]!), '\nDe voorzitter sluit het overleg met een zeldzaamwoord.\n');
    rmSync(join(temp.dir, files[1]!));
    writeFileSync(join(temp.dir, 'nieuw.txt'), readFileSync(join(temp.dir, files[2]!)));
    const r = await run(temp.dir, {}, 'zeldzaamwoord');
    expect(r).toMatchObject({ fromIndex: files.length - 2, parsed: 2, wrote: true });
    expect(r.stdout).toBe(`${files[0]}:1\n`);
    const again = await run(temp.dir, {}, 'zeldzaamwoord');
    expect(again).toMatchObject({ fromIndex: files.length, parsed: 0, wrote: false, stdout: r.stdout });
  });

  it('reads a file again that was rewritten with the same size and its mtime set back (the stamp holds ctime)', async () => {
    await run(temp.dir);
    const path = join(temp.dir, files[3]!);
    const before = statSync(path);
    const text = readFileSync(path, 'latin1');
    const at = text.indexOf(' het ');
    expect(at).toBeGreaterThan(0);
    writeFileSync(path, `${text.slice(0, at)} hEt ${text.slice(at + 5)}`, 'latin1');
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    expect(Math.abs(statSync(path).mtimeMs - before.mtimeMs)).toBeLessThan(1);
    const r = await run(temp.dir, {}, 'hEt');
    expect(r).toMatchObject({ fromIndex: files.length - 1, parsed: 1, wrote: true, stdout: `${files[3]}:1\n` });
  });

  it('sees a file added to a folder that had none, deep down (the file list kept with the index)', async () => {
    mkdirSync(join(temp.dir, 'later', 'deeper'), { recursive: true });
    await run(temp.dir);
    expect(await run(temp.dir)).toMatchObject({ listed: true, wrote: false });
    writeFileSync(join(temp.dir, 'later', 'deeper', 'nieuw.txt'), readFileSync(join(temp.dir, files[2]!), 'utf8').replace('het', 'zeldzaamwoord'));
    const r = await run(temp.dir, {}, 'zeldzaamwoord');
    expect(r).toMatchObject({ parsed: 1, fromIndex: files.length, wrote: true, stdout: 'later/deeper/nieuw.txt:1\n' });
    expect(r.listed).toBeUndefined();
    expect(await run(temp.dir, {}, 'zeldzaamwoord')).toMatchObject({ listed: true, parsed: 0, stdout: r.stdout });
    // An ignore pattern is part of what the list depends on.
    expect((await run(temp.dir, { ignore: ['later/'] }, 'zeldzaamwoord')).stdout).toBe('');
  });

  it('does not keep a file written within the last tick: it is read again next time', async () => {
    await run(temp.dir, { nowNs: () => BigInt(Date.now()) * 1_000_000n });
    const r = await run(temp.dir, { nowNs: () => BigInt(Date.now()) * 1_000_000n });
    expect(r).toMatchObject({ fromIndex: 0, parsed: files.length });
  });

  it('ignores a damaged index and builds it again', async () => {
    const good = await run(temp.dir);
    const file = indexFile();
    const bytes = readFileSync(file);
    for (const damaged of [bytes.subarray(0, bytes.length - 7), Buffer.from('not an index\n'), Buffer.alloc(0), Buffer.concat([bytes.subarray(0, 40), Buffer.from('}'), bytes.subarray(41)])]) {
      writeFileSync(file, damaged);
      const r = await run(temp.dir);
      expect(r).toMatchObject({ fromIndex: 0, parsed: files.length, wrote: true, stdout: good.stdout });
      expect(await run(temp.dir)).toMatchObject({ fromIndex: files.length, stdout: good.stdout });
    }
  });

  it('answers a file whose entry turns out damaged from the file itself, and mends the index', async () => {
    const good = await run(temp.dir);
    const file = indexFile();
    const bytes = readFileSync(file);
    // The end of the file is the last file's details (its speakers' JSON).
    bytes.fill(0x21, bytes.length - 24);
    writeFileSync(file, bytes);
    const r = await run(temp.dir);
    expect(r).toMatchObject({ fromIndex: files.length - 1, parsed: 1, wrote: true, stdout: good.stdout });
    expect(await run(temp.dir)).toMatchObject({ fromIndex: files.length, parsed: 0, stdout: good.stdout });
  });

  it('a file over --max-size is refused, not answered from the index', async () => {
    await run(temp.dir);
    const r = await run(temp.dir, { maxBytes: 10 });
    expect(r.failed).toBe(files.length);
    expect(r.stderr).toContain('over the limit of 10 bytes');
    expect(r.stdout).toBe('');
  });

  it('sweeps what killed writes left, and keeps the most recently used indexes only', async () => {
    await run(temp.dir);
    const current = indexFile();
    const folder = dirname(current);
    const ago = (ms: number) => new Date(Date.now() - ms);
    const HOUR = 3_600_000;
    const DAY = 24 * HOUR;
    const touch = (name: string, when: Date) => {
      writeFileSync(join(folder, name), 'x');
      utimesSync(join(folder, name), when, when);
    };
    // A write killed two hours ago, one still going on, and a file that is not the index's.
    touch(`${basename(current)}.0badc0ffee00.tmp`, ago(2 * HOUR));
    touch(`${basename(current)}.1234567890ab.tmp`, ago(60_000));
    touch('notes.txt', ago(40 * DAY));
    // Indexes of other argument sets: ten used over the last days, one not for 40 days.
    for (let i = 0; i < 10; i++) touch(`other-${i}.vqi`, ago((i + 1) * DAY));
    touch('forgotten.vqi', ago(40 * DAY));
    appendFileSync(join(temp.dir, files[0]!), '\nEen regel erbij.\n');
    expect(await run(temp.dir)).toMatchObject({ wrote: true });
    expect(readdirSync(folder).sort()).toEqual(
      [basename(current), `${basename(current)}.1234567890ab.tmp`, 'notes.txt', ...Array.from({ length: MAX_KEPT - 1 }, (_, i) => `other-${i}.vqi`)].sort(),
    );
  });

  it('a run that only reads the index marks it used, so it is not the first to go', async () => {
    await run(temp.dir);
    const old = new Date(Date.now() - 10 * 24 * 3_600_000);
    utimesSync(indexFile(), old, old);
    expect(await run(temp.dir)).toMatchObject({ wrote: false, fromIndex: files.length });
    expect(Date.now() - statSync(indexFile()).mtimeMs).toBeLessThan(60_000);
  });

  it('a hit read after the index moved on to the next chunk throws, rather than reading another file', async () => {
    await run(temp.dir);
    const file = indexFile();
    const salt = readFileSync(file, 'latin1').split('\n')[0]!.split(' ')[2]!;
    // One file per chunk: the next file's view replaces the first one's buffers.
    const index = StoredIndex.open(file, salt, 1)!;
    try {
      const query = compileQuery({ patterns: ['het'] });
      const at = index.paths.findIndex((_, i) => searchIndexed(index.view(i), 'a.txt', query, 0).length > 0);
      const hits = searchIndexed(index.view(at), 'a.txt', query, 0);
      // Read at once, a hit's matches are there; the text (decoded at once) stays too.
      expect(hits[0]!.matches.length).toBeGreaterThan(0);
      const later = searchIndexed(index.view(at), 'a.txt', query, 0);
      index.view((at + 1) % index.count);
      expect(() => later[0]!.matches).toThrow(STALE_VIEW);
      expect(later[0]!.parts[0]!.text.length).toBeGreaterThan(0);
    } finally {
      index.close();
    }
  });

  it('finds where the strings first occur in each file as a search of that file alone would (firstsIn)', async () => {
    await run(temp.dir);
    const file = indexFile();
    const salt = readFileSync(file, 'latin1').split('\n')[0]!.split(' ')[2]!;
    const needleSets = [['het'], ['de', 'voorzitter'], ['zzzz-nergens'], ['e']].map((set) => set.map((s) => Buffer.from(s, 'latin1')));
    let found = 0;
    for (const chunkBytes of [1, 3000, 1 << 22]) {
      const index = StoredIndex.open(file, salt, chunkBytes)!;
      try {
        for (const needles of needleSets) {
          for (let i = 0; i < index.count; i++) {
            const firsts = index.firstsIn(i, needles);
            const view = index.view(i);
            const expected = needles.map((n) => view.bytes.indexOf(n));
            if (view.utf16) expect(firsts).toBeUndefined();
            else expect(firsts).toEqual(expected.every((at) => at < 0) ? null : expected);
            if (firsts) found++;
          }
        }
      } finally {
        index.close();
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
