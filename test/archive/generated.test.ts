import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANT_KINDS } from '../../scripts/gen-archive/index.js';
import { ARCHIVE_RULE_IDS } from '../../src/archive/rules/ids.js';
import { runCli } from '../helpers/run-cli.js';
import { writeGenerated } from './helpers.js';

interface Finding {
  ruleId: string;
  file?: string;
  related?: Array<{ file?: string }>;
}

/** Archive findings of `verslag validate --archive --format json` over a folder. */
async function archiveFindings(dir: string, extra: string[] = []): Promise<{ code: number; findings: Finding[]; stderr: string }> {
  const r = await runCli(['validate', '--archive', '--format', 'json', '--jobs', '1', ...extra, '.'], { cwd: dir });
  const reports = JSON.parse(r.stdout) as Array<{ diagnostics?: Finding[]; messages?: Finding[] }>;
  const findings = reports.flatMap((rep) => rep.diagnostics ?? rep.messages ?? []);
  return { code: r.code, findings, stderr: r.stderr };
}

describe('a generated archive with planted errors', () => {
  const archive = writeGenerated({ files: 130, seed: 7 });
  let result: Awaited<ReturnType<typeof archiveFindings>>;
  beforeAll(async () => {
    result = await archiveFindings(archive.dir, ['--roster', 'roster.yaml']);
  });
  afterAll(() => archive.remove());

  it('plants one error of every kind', () => {
    expect(new Set(archive.generated.manifest.planted.map((p) => p.kind))).toEqual(new Set(PLANT_KINDS));
  });

  it('reports every planted error with its rule, at one of its files, naming another where there is one', () => {
    const missed = archive.generated.manifest.planted.filter(
      (p) =>
        !result.findings.some(
          (f) => f.ruleId === p.ruleId && p.files.includes(f.file ?? '') && (p.files.length === 1 || (f.related ?? []).some((r) => p.files.includes(r.file ?? ''))),
        ),
    );
    expect(missed).toEqual([]);
    expect(result.code).toBe(1);
  });

  it('reports under ids that --rule and the config accept', () => {
    expect(result.findings.filter((f) => !ARCHIVE_RULE_IDS.includes(f.ruleId))).toEqual([]);
  });

  it('reports nothing about files without a planted error', () => {
    const planted = new Set(archive.generated.manifest.planted.flatMap((p) => p.files));
    expect(result.findings.filter((f) => !planted.has(f.file ?? ''))).toEqual([]);
    expect(result.findings.length).toBeLessThanOrEqual(archive.generated.manifest.planted.length + 2);
  });
});

describe('a clean generated archive', () => {
  const archive = writeGenerated({ files: 130, seed: 7, clean: true });
  afterAll(() => archive.remove());

  it('gives no archive findings with the roster, exit 0', async () => {
    const r = await archiveFindings(archive.dir, ['--roster', 'roster.yaml']);
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('without the roster, reports the one seat change the roster dates', async () => {
    const r = await archiveFindings(archive.dir);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(new Set(r.findings.map((f) => f.ruleId))).toEqual(new Set(['person-geleding']));
  });
});
