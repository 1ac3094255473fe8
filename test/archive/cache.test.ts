import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ResultCache } from '../../src/archive/cache.js';
import { ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeGenerated } from './helpers.js';

/** Every entry file under the cache folder. */
function entries(cacheDir: string): string[] {
  let subs: string[];
  try {
    subs = readdirSync(cacheDir);
  } catch {
    return [];
  }
  // Whole entries only: temporary files end in .tmp (io/atomic-write.ts); a checked roster
  // (roster/, cli/roster-memo.ts) is not an entry.
  return subs
    .filter((s) => s !== 'roster')
    .flatMap((s) => readdirSync(join(cacheDir, s)).map((f) => join(cacheDir, s, f)))
    .filter((f) => f.endsWith('.json'));
}

/** A CLI run in a child that interrupts itself (SIGINT) once `when` holds; resolves to how it ended. */
function interruptedRun(args: string[], when: { dir: string; endsWith: string; atLeast: number }): Promise<NodeJS.Signals | number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'archive', 'cli-child.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SIGINT_WHEN: JSON.stringify(when) },
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
}

const parseJsonl = (dir: string, extra: string[]) => runCli(['parse', '--format', 'jsonl', '--jobs', '1', ...extra, dir]);

describe('the cache', () => {
  const archive = writeGenerated({ files: 40, seed: 3, clean: true });
  const cache = tempDir();
  afterAll(() => {
    archive.remove();
    cache.remove();
  });

  it('gives the same output warm as cold and as without a cache', async () => {
    const plain = await parseJsonl(archive.dir, []);
    const cold = await parseJsonl(archive.dir, ['--cache-location', cache.dir]);
    const stored = entries(cache.dir);
    expect(stored).toHaveLength(40);
    const warm = await parseJsonl(archive.dir, ['--cache-location', cache.dir]);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    // Nothing new was written: every file came from the cache.
    expect(entries(cache.dir)).toEqual(stored);
  });

  it('answers from the new content when a file changes, never from the old entry', async () => {
    const file = readdirSync(join(archive.dir, 'raad'), { recursive: true }).map(String).find((f) => f.endsWith('.txt'))!;
    const path = join(archive.dir, 'raad', file);
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before.replace(/Plaats:\t[^\n]*/, 'Plaats:\tUtrecht'));
    const r = await runCli(['parse', '--cache-location', cache.dir, path]);
    expect(JSON.parse(r.stdout).meeting.place).toBe('Utrecht');
    writeFileSync(path, before);
  });

  it('takes a damaged entry for a miss and writes it again', async () => {
    // An entry the next run reads: one for a file's current content (the test above left an entry
    // for content the file no longer has, which no run reads again).
    const victim = entries(cache.dir).find((entry) => {
      const text = readFileSync(entry, 'utf8');
      const { source } = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { source: { path: string; sha256: string } };
      return createHash('sha256').update(readFileSync(source.path)).digest('hex') === source.sha256;
    })!;
    writeFileSync(victim, readFileSync(victim, 'utf8').slice(0, 200));
    const plain = await parseJsonl(archive.dir, []);
    const again = await parseJsonl(archive.dir, ['--cache-location', cache.dir]);
    expect(again.stdout).toBe(plain.stdout);
    const text = readFileSync(victim, 'utf8');
    expect(() => JSON.parse(text.slice(text.indexOf('\n') + 1))).not.toThrow();
  });

  it('keeps entries apart for another roster', async () => {
    const roster = join(archive.dir, 'roster.yaml');
    writeFileSync(roster, 'members:\n  - name: Somebody\n    geleding: werknemers\n');
    const before = entries(cache.dir).length;
    await parseJsonl(archive.dir, ['--cache-location', cache.dir, '--roster', roster]);
    expect(entries(cache.dir).length).toBe(before + 40);
  });
});

describe('temporaries a killed run left', () => {
  it('are swept from a cache folder this run writes to once they are an hour old; younger ones and strangers stay', async () => {
    const dir = tempDir();
    try {
      const cache = new ResultCache(dir.dir, 'salt');
      const key = cache.key('a'.repeat(64), false);
      const folder = join(dir.dir, key.slice(0, 2));
      mkdirSync(folder, { recursive: true });
      const stale = join(folder, `.${key}.json.4242.0123456789ab.tmp`);
      const young = join(folder, `.${'b'.repeat(64)}.json.4242.0123456789ab.tmp`);
      const stranger = join(folder, 'aantekeningen.tmp');
      for (const f of [stale, young, stranger]) writeFileSync(f, 'x');
      const twoHoursAgo = Date.now() / 1000 - 7200;
      for (const f of [stale, stranger]) utimesSync(f, twoHoursAgo, twoHoursAgo);
      cache.set(key, '{}');
      await cache.flush();
      expect([existsSync(stale), existsSync(young), existsSync(stranger)]).toEqual([false, true, true]);
      expect(cache.get(key)).toBe('{}');
    } finally {
      dir.remove();
    }
  });
});

describe('an interrupt', () => {
  const archive = writeGenerated({ files: 12, seed: 4, clean: true });
  const cache = tempDir();
  afterAll(() => {
    archive.remove();
    cache.remove();
  });

  it('meets no signal listener of ours: runs that write cache entries and the archive memo add none', async () => {
    // A listener turns a signal into an event for the loop to get to later, or never:
    // write-file-atomic's signal-exit swallowed a Ctrl-C now and then (see io/atomic-write.ts).
    const signals = new Set<string | symbol>(['SIGINT', 'SIGTERM', 'SIGHUP']);
    const spies = (['on', 'once', 'addListener', 'prependListener', 'prependOnceListener'] as const).map((m) => vi.spyOn(process, m));
    try {
      const parsed = await runCli(['parse', '--format', 'jsonl', '--jobs', '1', '--cache-location', cache.dir, archive.dir]);
      expect(parsed.code).toBe(0);
      // The writes happened, so finding no listener means something: an entry per file, then the memo.
      expect(entries(cache.dir)).toHaveLength(parsed.stdout.trim().split('\n').length);
      const validated = await runCli(['validate', '--format', 'json', '--jobs', '1', '--cache-location', cache.dir, archive.dir]);
      expect([0, 1]).toContain(validated.code);
      expect(readdirSync(join(cache.dir, 'archive')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
      const events = spies.flatMap((spy) => spy.mock.calls.map((call) => call[0] as string | symbol));
      expect(events.filter((e) => signals.has(e))).toEqual([]);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});

describe('an interrupted run', () => {
  // Enough files that the run cannot finish between two polls, however fast the machine.
  const FILES = 600;
  const archive = writeGenerated({ files: FILES, seed: 5, clean: true });
  const cache = tempDir();
  afterAll(() => {
    archive.remove();
    cache.remove();
  });

  it('leaves only whole cache entries, and the next run is correct', async () => {
    // Interrupted once the run is well under way: some entries written, most not.
    const exited = interruptedRun(['parse', '--format', 'jsonl', '--jobs', '1', '--cache-location', cache.dir, archive.dir], { dir: cache.dir, endsWith: '.json', atLeast: 20 });
    expect(await exited).toBe('SIGINT');
    const written = entries(cache.dir);
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(written.length).toBeLessThan(FILES);
    for (const f of written) {
      const text = readFileSync(f, 'utf8');
      const nl = text.indexOf('\n');
      expect(f.endsWith(`${text.slice(0, nl)}.json`)).toBe(true);
      expect(() => JSON.parse(text.slice(nl + 1))).not.toThrow();
    }
    const plain = await parseJsonl(archive.dir, []);
    const resumed = await parseJsonl(archive.dir, ['--cache-location', cache.dir]);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toBe(plain.stdout);
  }, 120_000);
});

describe('a validate run interrupted while it writes the new stamp index', () => {
  const FILES = 400;
  const archive = writeGenerated({ files: FILES, seed: 9, clean: true });
  const cache = tempDir();
  afterAll(() => {
    archive.remove();
    cache.remove();
  });
  const stamps = () => join(cache.dir, 'stamps');
  const validateJson = (extra: string[]) => runCli(['validate', '--format', 'json', '--jobs', '1', ...extra, archive.dir]);

  it('leaves the old index whole, and the next run is correct', async () => {
    await validateJson(['--cache-location', cache.dir]);
    const [index] = readdirSync(stamps());
    const before = readFileSync(join(stamps(), index!));
    // Every file changes: the new index is streamed from its first entry on, for the whole
    // (long) run, while each file is parsed again.
    for (const f of readdirSync(archive.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'))) {
      writeFileSync(join(archive.dir, f), readFileSync(join(archive.dir, f), 'utf8') + '\nNagekomen: de bijlage.\n');
    }
    // Interrupted once the temporary file of the new index exists.
    const exited = interruptedRun(['validate', '--quiet', '--jobs', '1', '--cache-location', cache.dir, archive.dir], { dir: stamps(), endsWith: '.tmp', atLeast: 1 });
    expect(await exited).toBe('SIGINT');
    expect(readdirSync(stamps()).some((f) => f.endsWith('.tmp'))).toBe(true);
    // The index itself is the old one, byte for byte.
    expect(readFileSync(join(stamps(), index!)).equals(before)).toBe(true);
    const plain = await validateJson([]);
    const resumed = await validateJson(['--cache-location', cache.dir]);
    expect(resumed.stdout).toBe(plain.stdout);
    expect(resumed.code).toBe(plain.code);
  }, 120_000);
});
