import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { writeGenerated } from './helpers.js';

describe('parallel parsing', () => {
  const archive = writeGenerated({ files: 24, seed: 11 });
  afterAll(() => archive.remove());

  it('gives byte-identical output on worker threads and in one thread, in sorted file order', async () => {
    const one = await runCli(['parse', '--format', 'jsonl', '--jobs', '1', archive.dir]);
    const two = await runCli(['parse', '--format', 'jsonl', '--jobs', '2', archive.dir]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const paths = one.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path as string);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(26); // 24 meetings and two planted duplicates
  }, 60_000);

  it('streams a JSON array that is the same as printing all records at once', async () => {
    const lines = await runCli(['parse', '--format', 'jsonl', '--jobs', '1', archive.dir]);
    const json = await runCli(['parse', '--jobs', '1', archive.dir]);
    const records = lines.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(json.stdout).toBe(JSON.stringify(records, null, 2) + '\n');
  });

  it('refuses a --jobs that is not a whole number from 1, exit 2', async () => {
    const r = await runCli(['parse', '--jobs', '0', archive.dir]);
    expect(r).toMatchObject({ code: 2, stderr: 'verslag: --jobs takes a whole number from 1 to 256, not "0"\n' });
  });
});
