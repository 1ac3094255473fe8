import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { OutputPlanner } from '../../src/cli/write-output.js';
import { ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const SEED = readFileSync(join(ROOT, 'fixtures/parse/seed-001/input.txt'));
const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verslag-export-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('--out DIR: one file per input, never an input', () => {
  it('names each output after its input and writes the export there', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notulen.txt'), SEED);
    const r = await runCli(['export', '--to', 'json', 'notulen.txt', '--out', 'out'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'out', 'notulen.json'), 'utf8')).meeting.number).toBe(714);
  });

  it('does not overwrite a Markdown input exported to Markdown in its own folder, even with --force', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notulen.md'), '# Notulen\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n');
    const before = readFileSync(join(dir, 'notulen.md'), 'utf8');
    const r = await runCli(['export', '--to', 'markdown', 'notulen.md', '--out', '.', '--force'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'notulen.md'), 'utf8')).toBe(before);
    expect(r.stderr).toBe('verslag: notulen.md: written to notulen.verslag.md (notulen.md is an input or another input\'s output)\n');
    expect(readFileSync(join(dir, 'notulen.verslag.md'), 'utf8')).toMatch(/^---\nverslag: 1\n/);
  });

  it('gives two inputs with the same name different outputs, and never takes the name of a third input', async () => {
    const dir = scratch();
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'verslag.txt'), SEED);
    }
    // An input that is itself called like the first derived name.
    writeFileSync(join(dir, 'a', 'verslag.csv'), SEED);
    const r = await runCli(['export', '--to', 'csv', 'a/verslag.txt', 'b/verslag.txt', 'a/verslag.csv', '--out', 'a'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a', 'verslag.csv'))).toEqual(SEED);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['verslag-2.csv', 'verslag-3.csv', 'verslag.txt', 'verslag.csv', 'verslag.verslag.csv'].sort());
  });

  it('refuses an input reached through a hard link, and a symbolic link in the output folder', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notulen.txt'), SEED);
    mkdirSync(join(dir, 'out'));
    linkSync(join(dir, 'notulen.txt'), join(dir, 'out', 'notulen.json'));
    symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'out', 'other.json'));
    writeFileSync(join(dir, 'other.txt'), SEED);
    const r = await runCli(['export', '--to', 'json', 'notulen.txt', 'other.txt', '--out', 'out', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('verslag: out/notulen.json: is one of the inputs; not overwriting it\n');
    expect(r.stderr).toContain('verslag: out/other.json: is a symbolic link; not writing through it\n');
    expect(readFileSync(join(dir, 'notulen.txt'))).toEqual(SEED);
    expect(existsSync(join(dir, 'elsewhere.json'))).toBe(false);
  });

  it('replaces an existing output only with --force', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notulen.txt'), SEED);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'notulen.yaml'), 'old: true\n');
    const refused = await runCli(['export', '--to', 'yaml', 'notulen.txt', '--out', 'out'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('verslag: out/notulen.yaml: exists already (use --force to replace it)\n');
    expect(readFileSync(join(dir, 'out', 'notulen.yaml'), 'utf8')).toBe('old: true\n');
    const forced = await runCli(['export', '--to', 'yaml', 'notulen.txt', '--out', 'out', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'notulen.yaml'), 'utf8')).toMatch(/^schemaVersion: 1\n/);
  });

  it('derives names from the base name only, so an output never lands outside the folder', async () => {
    const dir = scratch();
    const planner = new OutputPlanner(join(dir, 'out'), 'json', []);
    expect((await planner.target('../../etc/passwd')).path).toBe(join(dir, 'out', 'passwd.json'));
    expect((await planner.target('..')).path).toBe(join(dir, 'out', 'verslag.json'));
    expect((await planner.target('-')).path).toBe(join(dir, 'out', 'stdin.json'));
  });

  it('--out naming a file is a usage error', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notulen.txt'), SEED);
    const r = await runCli(['export', '--to', 'json', 'notulen.txt', '--out', 'notulen.txt'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'verslag: notulen.txt: is not a folder (--out takes a folder)\n' });
  });
});

describe('atomic writes: a crash leaves the old file or the new one, never half', () => {
  const CHUNKS = 400;
  const SIZE = 64 * 1024;

  /** Start the writer child; resolves when it has written its first chunk. */
  function startWriter(target: string, pause: number) {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/export/atomic-writer-child.ts'), target, String(CHUNKS), String(SIZE), String(pause)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const started = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('writing')) resolve();
      });
      child.on('exit', () => reject(new Error(`writer ended before writing: ${out}`)));
    });
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, started, ended, output: () => out };
  }

  it('killed with SIGKILL mid-write: the target still holds the old content, whole', async () => {
    const dir = scratch();
    const target = join(dir, 'verslag.json');
    writeFileSync(target, 'OLD CONTENT\n');
    const writer = startWriter(target, 2);
    await writer.started;
    // The temporary file is there and growing: the write is under way.
    const temp = () => readdirSync(dir).find((f) => f.endsWith('.tmp'));
    expect(temp()).toBeDefined();
    writer.child.kill('SIGKILL');
    await writer.ended;
    expect(writer.output()).not.toContain('done');
    expect(readFileSync(target, 'utf8')).toBe('OLD CONTENT\n');
  }, 30_000);

  it('left alone, the same writer replaces the target with the whole new content', async () => {
    const dir = scratch();
    const target = join(dir, 'verslag.json');
    writeFileSync(target, 'OLD CONTENT\n');
    const writer = startWriter(target, 0);
    expect(await writer.ended).toBe(0);
    const content = readFileSync(target, 'utf8');
    expect(content.length).toBe(CHUNKS * SIZE);
    expect(content.slice(-SIZE)).toBe(String((CHUNKS - 1) % 10).repeat(SIZE));
    expect(readdirSync(dir)).toEqual(['verslag.json']);
  }, 30_000);

  it('killed at any moment, the target is always either the old file or the complete new one', async () => {
    const dir = scratch();
    const target = join(dir, 'verslag.json');
    const seen = new Set<string>();
    for (const delay of [0, 5, 20, 60, 150]) {
      writeFileSync(target, 'OLD CONTENT\n');
      const writer = startWriter(target, 0);
      await writer.started.catch(() => undefined);
      await new Promise((r) => setTimeout(r, delay));
      writer.child.kill('SIGKILL');
      await writer.ended;
      const content = readFileSync(target, 'utf8');
      const whole = content === 'OLD CONTENT\n' || (content.length === CHUNKS * SIZE && content.startsWith('0'.repeat(SIZE)));
      expect(whole, `after ${delay} ms: ${content.length} characters`).toBe(true);
      seen.add(content === 'OLD CONTENT\n' ? 'old' : 'new');
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 60_000);

  it('writes strings and bytes as given, and removes its temporary file when the write fails', async () => {
    const dir = scratch();
    await writeFileAtomic(join(dir, 'a.txt'), 'één');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('één');
    async function* failing(): AsyncIterable<string> {
      yield 'part';
      throw new Error('render failed');
    }
    writeFileSync(join(dir, 'b.txt'), 'OLD');
    await expect(writeFileAtomic(join(dir, 'b.txt'), failing())).rejects.toThrow('render failed');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('OLD');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
