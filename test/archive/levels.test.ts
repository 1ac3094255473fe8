import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const TWO = ['fixtures/parse/seed-000/input.txt', 'fixtures/parse/seed-001/input.txt'];

describe('rules across files take levels like any rule', () => {
  it('by default a verslag named but missing from the archive is an error (exit 1)', async () => {
    const r = await runCli(['validate', '--format', 'json', ...TWO]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"ruleId": "earlier-verslag"');
  });

  it('--rule earlier-verslag=warn makes it a warning (exit 0), =off removes it', async () => {
    const warn = await runCli(['validate', '--format', 'json', '--rule', 'earlier-verslag=warn', ...TWO]);
    expect(warn.code).toBe(0);
    expect(JSON.parse(warn.stdout).flatMap((f: { diagnostics: Array<{ ruleId: string; severity: string }> }) => f.diagnostics).filter((m: { ruleId: string }) => m.ruleId === 'earlier-verslag').map((m: { severity: string }) => m.severity)).toEqual(['warning']);
    const off = await runCli(['validate', '--format', 'json', '--rule', 'earlier-verslag=off', ...TWO]);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('earlier-verslag');
  });
});

describe('every id a finding across files carries can be configured', () => {
  it('accepts each documented id with --rule', async () => {
    for (const id of ['duplicate-meeting', 'meeting-number-unique', 'meeting-number-order', 'earlier-verslag', 'document-ref-claimed', 'document-ref-order', 'person-spelling', 'person-geleding']) {
      const r = await runCli(['validate', '--rule', `${id}=off`, TWO[0]!]);
      expect(r.stderr, id).toBe('');
    }
  });
});
