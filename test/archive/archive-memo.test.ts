import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeGenerated } from './helpers.js';

const validate = (dir: string, extra: string[]) => runCli(['validate', '--format', 'json', '--jobs', '1', '--roster', 'roster.yaml', ...extra, '.'], { cwd: dir });
const archiveIds = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ diagnostics: Array<{ ruleId: string }> }>).flatMap((r) => r.diagnostics.map((m) => m.ruleId)).filter((id) => id.startsWith('meeting-number'));

describe('cached archive findings', () => {
  const archive = writeGenerated({ files: 30, seed: 13, clean: true });
  const cache = tempDir();
  afterAll(() => {
    archive.remove();
    cache.remove();
  });

  it('are the findings of a run without a cache, before and after a file changes', async () => {
    const cached = ['--cache-location', cache.dir];
    const plain = await validate(archive.dir, []);
    expect((await validate(archive.dir, cached)).stdout).toBe(plain.stdout);
    expect(readdirSync(join(cache.dir, 'archive'))).toHaveLength(1);
    expect((await validate(archive.dir, cached)).stdout).toBe(plain.stdout);

    // A second meeting with the first one's number: only the rules across files can see it.
    const files = readdirSync(join(archive.dir, 'raad'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
    const [first, second] = files.map((f) => join(archive.dir, 'raad', f));
    const number = /, nr\. (\d+)/.exec(readFileSync(first!, 'utf8'))![1]!;
    const text = readFileSync(second!, 'utf8');
    const changed = text.replace(/, nr\. (\d+)/, `, nr. ${number}`);
    expect(changed).not.toBe(text);
    writeFileSync(second!, changed);
    const plainAfter = await validate(archive.dir, []);
    expect(archiveIds(plainAfter.stdout)).not.toEqual(archiveIds(plain.stdout));
    expect((await validate(archive.dir, cached)).stdout).toBe(plainAfter.stdout);
  });
});
