import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/parse/seed-001/input.txt';

describe('verslag parse', () => {
  it('prints one object for one file, with the meeting read from the header', async () => {
    const r = await runCli(['parse', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const record = JSON.parse(r.stdout);
    expect(record.meeting.number).toBe(714);
    expect(record.meeting.date).toBe('2018-02-16');
    expect(record.agenda.map((i: { number: string }) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('prints an array for several files, and JSON Lines with --format jsonl', async () => {
    const two = await runCli(['parse', SEED, 'fixtures/parse/seed-000/input.txt']);
    expect(JSON.parse(two.stdout)).toHaveLength(2);
    const lines = await runCli(['parse', '--format', 'jsonl', SEED, 'fixtures/parse/seed-000/input.txt']);
    const parsed = lines.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // Sorted deterministically: 000 before 001 whatever the order given.
    expect(parsed.map((p) => p.source.path)).toEqual(['fixtures/parse/seed-000/input.txt', SEED]);
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['parse', '-'], { stdin: '1. Opening\n\nDe voorzitter opent de vergadering.\n' });
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.source.path).toBe('<stdin>');
    expect(record.agenda[0].title).toBe('Opening');
  });

  it('prints YAML with --format yaml: the same record as JSON, written as export --to yaml writes it', async () => {
    const r = await runCli(['parse', '--format', 'yaml', SEED]);
    expect(r.stdout).toMatch(/^schemaVersion: 1\n/);
    // No anchors or aliases: every repeated object is written out in full.
    expect(r.stdout).not.toMatch(/[&*]a\d+\b/);
    const { parse } = await import('yaml');
    expect(parse(r.stdout)).toEqual(JSON.parse((await runCli(['parse', SEED])).stdout));
    expect(r.stdout).toBe((await runCli(['export', '--to', 'yaml', SEED])).stdout);
  });

  it('a folder without minutes files is an input error naming it', async () => {
    const r = await runCli(['validate', 'src/model']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verslag: src/model: no minutes files (.txt, .md, .markdown, .text) in this folder\n');
  });

  it('a missing file is an input error naming the file, exit 2, while other files are still parsed', async () => {
    const r = await runCli(['parse', '--format', 'jsonl', 'missing.txt', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verslag: missing.txt: no such file or folder\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown format is a usage error, exit 2', async () => {
    const r = await runCli(['parse', '--format', 'xml', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are json, jsonl, yaml/);
  });

  it('--version prints the version and exits 0', async () => {
    const r = await runCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('export reads many files like the other commands', () => {
  it('takes --ignore', async () => {
    const all = await runCli(['export', '--to', 'jsonl', 'fixtures/parse']);
    const some = await runCli(['export', '--to', 'jsonl', '--ignore', 'seed-000', 'fixtures/parse']);
    expect(all.stdout).toContain('seed-000/input.txt');
    expect(some.code).toBe(0);
    expect(some.stdout).not.toContain('seed-000/input.txt');
    expect(some.stdout).toContain('seed-001/input.txt');
  });
});
