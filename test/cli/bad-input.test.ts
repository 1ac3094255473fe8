import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, parseFile } from '../../src/index.js';
import { FIXTURES, ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

// Every bad input gets a message on stderr that names the file as the user wrote it, exit code 2,
// and never stops the other files: each case is run beside a good file, which must still be printed.
const dir = mkdtempSync(join(tmpdir(), 'verslag-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GOOD = 'good.txt';
copyFileSync(join(FIXTURES, 'parse', 'seed-001', 'input.txt'), join(dir, GOOD));

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** `verslag parse --format jsonl <bad> good.txt` in the temp folder. */
async function parseWithGood(...args: string[]) {
  const r = await runCli(['parse', '--format', 'jsonl', ...args, GOOD], { cwd: dir });
  const records = r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { source: { path: string } });
  return { ...r, paths: records.map((x) => x.source.path) };
}

describe('bad input: a clear message naming the file, exit 2, the other files still parsed', () => {
  it('an empty file is refused as empty (not printed as an empty record)', async () => {
    const r = await parseWithGood(file('empty.txt', ''));
    expect(r.stderr).toBe('verslag: empty.txt: is empty\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('an empty file among many (parsed on worker threads) is still "empty", not garbage', async () => {
    // Regression: an empty Buffer shares Node's 8 kB pool, and handing its .buffer to a worker
    // sent the whole pool: the empty file arrived as NUL bytes ("not a text file").
    mkdirSync(join(dir, 'many'));
    const seed = readFileSync(join(dir, GOOD));
    for (let i = 1; i <= 9; i++) writeFileSync(join(dir, 'many', `${i}.txt`), i === 5 ? '' : seed);
    const r = await runCli(['parse', '--format', 'jsonl', 'many'], { cwd: dir });
    expect(r.stderr).toBe('verslag: many/5.txt: is empty\n');
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(8);
  });

  it('a file of only blank lines and spaces is refused the same way', async () => {
    const r = await parseWithGood(file('blank.txt', ' \n\t\r\n\u00a0  \n\n'));
    expect(r.stderr).toBe('verslag: blank.txt: has no text: only blank lines and spaces\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('a binary file (NUL bytes) is refused as not text', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = await parseWithGood(file('scan.txt', png));
    expect(r.stderr).toBe('verslag: scan.txt: not a text file: it contains NUL bytes (a binary file, or UTF-16 without a byte order mark)\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('a binary file without NUL bytes (mostly control characters) is refused too', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    const r = await parseWithGood(file('controls.txt', bytes));
    expect(r.stderr).toBe('verslag: controls.txt: not a text file: 100 control characters in 300: this is not text\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('a folder with no minutes files in it is reported, not silently skipped', async () => {
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'photo.jpg'), 'not minutes');
    const r = await parseWithGood('images');
    expect(r.stderr).toBe('verslag: images: no minutes files (.txt, .md, .markdown, .text) in this folder\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('a directory given where a file must be: the library and --roster say so', async () => {
    mkdirSync(join(dir, 'notes.txt'));
    await expect(parseFile(join(dir, 'notes.txt'))).rejects.toMatchObject({
      name: 'InputError',
      code: 'directory',
      reason: 'is a directory, not a file (give the folder to a command that takes folders, or name a file)',
    });
    const r = await runCli(['parse', '--roster', 'notes.txt', GOOD], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'verslag: notes.txt: is a directory, not a roster file\n' });
  });

  it('a device is refused, not read forever', async () => {
    const r = await parseWithGood('/dev/zero');
    expect(r.stderr).toBe('verslag: /dev/zero: is not a regular file (a device or socket); name a file, or use - for standard input\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('a link whose file is gone is a missing file', async () => {
    symlinkSync(join(dir, 'removed.txt'), join(dir, 'link.txt'));
    const r = await parseWithGood('link.txt');
    expect(r.stderr).toBe('verslag: link.txt: no such file or folder\n');
    expect(r.code).toBe(2);
    expect(r.paths).toEqual([GOOD]);
  });

  it('a file over --max-size is refused with its size and how to raise the limit', async () => {
    const seed = readFileSync(join(dir, GOOD));
    const big = file('big.txt', Buffer.concat([seed, seed]));
    const r = await runCli(['parse', '--format', 'jsonl', '--max-size', '0.1', big, GOOD], { cwd: dir });
    expect(r.stderr).toBe(`verslag: big.txt: is ${((seed.length * 2) / 1024).toFixed(1)} kB, over the limit of 102.4 kB (raise it with --max-size)\n`);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual([GOOD]);
  });

  it('a --max-size that is not a number is a usage error, not "no limit"', async () => {
    for (const [command, value] of [['parse', 'abc'], ['parse', '0'], ['parse', '-5'], ['validate', 'abc'], ['query', '0'], ['export', '-5']] as const) {
      const extra = command === 'export' ? ['--to', 'json'] : [];
      const r = await runCli([command, ...extra, '--max-size', value, GOOD], { cwd: dir });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'verslag: --max-size must be a number of megabytes above 0 (for example --max-size 512)\n' });
    }
  });

  it('a pipe is read to its end (process substitution, `<(…)`), within the size limit', async () => {
    const fifo = join(dir, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end('1. Opening\n\nDe voorzitter opent de vergadering.\n');
    const r = await runCli(['parse', fifo], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { agenda: Array<{ title: string }> }).agenda[0]!.title).toBe('Opening');
  });

  it('invalid UTF-8 in the middle of a UTF-8 file is read, with a warning that names the line (exit 0: the file was read)', async () => {
    const lines = readFileSync(join(dir, GOOD), 'utf8').split('\n');
    const bytes = Buffer.concat([Buffer.from(lines.slice(0, 11).join('\n') + '\n'), iconv.encode('Café, één keer', 'windows-1252'), Buffer.from('\n' + lines.slice(11).join('\n'))]);
    const r = await runCli(['parse', file('mixed.txt', bytes)], { cwd: dir });
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as { source: { encoding: string }; diagnostics: Array<{ ruleId: string; reason: string }>; front: Array<{ text: string }> };
    expect(record.source.encoding).toBe('utf-8');
    expect(record.diagnostics.filter((d) => d.ruleId === 'invalid-utf8').map((d) => d.reason)).toEqual([
      'Line 12 has bytes that are not UTF-8 (E9, E9 E9); they were read as Windows-1252: "é", "éé". Check the line, and save the file as UTF-8',
    ]);
    expect(r.stdout).toContain('Café, één keer');
  });
});

describe('permission denied', () => {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.log('permission test: running as root, where chmod 000 does not deny reading, so the CLI runs as user nobody (uid 65534) in a child process');

  /** The CLI as a user that chmod can lock out (root reads mode 000 files); files named by absolute path. */
  const runLockedOut = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    if (!isRoot) return runCli(args, { cwd: dir });
    const script = join(dir, 'run.mjs');
    writeFileSync(script, `import { run } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src', 'cli', 'run.ts')).href)};\nprocess.exitCode = await run();\n`);
    chmodSync(script, 0o644);
    // cwd ROOT so that `--import tsx` resolves.
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: dir },
    });
    return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
  };

  it('an unreadable file is "permission denied", exit 2, the other files still parsed', async () => {
    const locked = join(dir, file('locked.txt', 'Opening\n'));
    const good = join(dir, GOOD);
    chmodSync(dir, 0o755);
    chmodSync(good, 0o644);
    chmodSync(locked, 0o000);
    const result = await runLockedOut(['parse', '--format', 'jsonl', locked, good]);
    expect(result.stderr).toBe(`verslag: ${locked}: permission denied\n`);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual([good]);
  });

  it('a folder that can\'t be read is said, exit 2, and the files beside it are still parsed', async () => {
    const archive = join(dir, 'archive');
    mkdirSync(join(archive, 'locked'), { recursive: true });
    mkdirSync(join(archive, 'open'), { recursive: true });
    writeFileSync(join(archive, 'locked', 'a.txt'), readFileSync(join(dir, GOOD)));
    writeFileSync(join(archive, 'open', 'b.txt'), readFileSync(join(dir, GOOD)));
    chmodSync(dir, 0o755);
    chmodSync(archive, 0o755);
    chmodSync(join(archive, 'open'), 0o755);
    chmodSync(join(archive, 'open', 'b.txt'), 0o644);
    chmodSync(join(archive, 'locked'), 0o000);
    const result = await runLockedOut(['parse', '--format', 'jsonl', archive]);
    chmodSync(join(archive, 'locked'), 0o755);
    expect(result.stderr).toBe(`verslag: ${join(archive, 'locked')}: this folder can't be read (EACCES); the files in it were not checked\n`);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual([join(archive, 'open', 'b.txt')]);
  });
});

// Not a CLI concern but the same promise: the library throws only InputError for unreadable input.
it('parseFile throws InputError naming the file for a missing path', async () => {
  const missing = join(dir, 'nope.txt');
  const error = await parseFile(missing).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ file: missing, reason: 'no such file', code: 'ENOENT' });
});
