import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFile, FIXTURES } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const SEED_001 = 'fixtures/parse/seed-001/input.txt';
const NOT_OK = (id: string) => `fixtures/rules/${id}/not-ok/input.txt`;
const golden = (name: string, actual: string) => expectedFile(join(FIXTURES, 'rules', '_cli', name), actual);

describe('verslag validate: one golden file per output format', () => {
  it('stylish (the default) on seed 001: warnings only, exit 0', async () => {
    const r = await runCli(['validate', SEED_001]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('seed-001.stylish.txt', r.stdout));
  });

  it('json', async () => {
    const r = await runCli(['validate', '--format', 'json', NOT_OK('header-fields')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('header-fields.json', r.stdout));
  });

  // One file per golden: with two or more, the archive's rules across files join in (issue 7).
  it('github', async () => {
    const r = await runCli(['validate', '--format', 'github', '--rule', 'name-variant=error', SEED_001]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(golden('github.txt', r.stdout));
  });

  it('sarif', async () => {
    const r = await runCli(['validate', '--format', 'sarif', NOT_OK('agenda-numbering')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(golden('agenda-numbering.sarif.json', r.stdout));
  });

  it('junit', async () => {
    const r = await runCli(['validate', '--format', 'junit', NOT_OK('attendance-conflict')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(golden('attendance-conflict.junit.xml', r.stdout));
  });
});

describe('verslag validate: exit codes', () => {
  it('0 when there are no errors', async () => {
    expect(await runCli(['validate', 'fixtures/parse/seed-000/input.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 when there are errors', async () => {
    const r = await runCli(['validate', NOT_OK('date-weekday')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error  ‘donderdag 15 mei 2020’ (line 15): 15 mei 2020 is a Friday; expected ‘vrijdag’  date-weekday');
  });

  it('1 when there are more warnings than --max-warnings, saying so on stderr', async () => {
    const r = await runCli(['validate', '--max-warnings', '2', SEED_001]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Too many warnings (3); at most 2 allowed (--max-warnings).\n');
    expect((await runCli(['validate', '--max-warnings', '3', SEED_001])).code).toBe(0);
  });

  it('1 for a text that is not a verslag, with that one finding', async () => {
    const r = await runCli(['validate', 'fixtures/parse/seed-003/input.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').filter((l) => /not-verslag$/.test(l))).toHaveLength(1);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('2 for a missing file, naming it, while the other files are still checked', async () => {
    const r = await runCli(['validate', 'missing.txt', NOT_OK('date-weekday')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verslag: missing.txt: no such file or folder\n');
    expect(r.stdout).toContain('date-weekday');
  });

  it('2 for a bad --rule, --max-warnings or --format', async () => {
    expect(await runCli(['validate', '--rule', 'name-variant=loud', SEED_001])).toEqual({ code: 2, stdout: '', stderr: 'verslag: --rule name-variant=loud: expected off, warn or error after =\n' });
    expect((await runCli(['validate', '--max-warnings', 'many', SEED_001])).stderr).toBe('verslag: --max-warnings takes a whole number of 0 or more, not "many"\n');
    expect((await runCli(['validate', '--format', 'xml', SEED_001])).code).toBe(2);
  });

  it('2 for a bad config file, naming the file, the key and what was expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-validate-'));
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  name-variant: sometimes\n');
    const r = await runCli(['validate', '--config', join(dir, 'bad.yaml'), SEED_001]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`verslag: ${join(dir, 'bad.yaml')}: key rules.name-variant: expected off, warn or error, or [level, {options}]; got "sometimes"\n`);
  });
});

describe('verslag validate: options', () => {
  it('--quiet reports errors only', async () => {
    expect(await runCli(['validate', '--quiet', SEED_001])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--rule id=off turns a rule off; id=error makes its findings errors', async () => {
    const off = await runCli(['validate', '--rule', 'name-variant=off', '--rule', 'text-artefact=off', SEED_001]);
    expect(off.stdout).toContain('header-fields');
    expect(off.stdout).not.toMatch(/name-variant|text-artefact/);
    const raised = await runCli(['validate', '--rule', 'name-variant=error', SEED_001]);
    expect(raised.code).toBe(1);
    expect(raised.stdout).toMatch(/287:372 +error +‘Haroon Sheik’/);
  });

  it('--lang nl, and nl from LANG, speak Dutch; rule ids stay English', async () => {
    const byFlag = await runCli(['validate', '--lang', 'nl', SEED_001]);
    const byEnv = await runCli(['validate', SEED_001], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(byFlag.stdout).toBe(byEnv.stdout);
    expect(byFlag.stdout).toContain('waarschuwing  Geen komma tussen ‘Van Driel (secretaresse)’ en ‘Jansen (notulist)’');
    expect(byFlag.stdout).toContain('✖ 3 problemen (0 fouten, 3 waarschuwingen)');
    expect(byFlag.stdout).toContain('header-fields');
  });

  it('finds .verslagrc.yaml above the file, and --config overrides it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-validate-'));
    mkdirSync(join(dir, 'verslagen'));
    writeFileSync(join(dir, '.verslagrc.yaml'), 'rules:\n  name-variant: off\n  header-fields: error\n');
    writeFileSync(join(dir, 'verslagen', 'v.txt'), readFileSync(SEED_001));
    writeFileSync(join(dir, 'other.yaml'), 'rules: {}\n');
    const found = await runCli(['validate', 'verslagen/v.txt'], { cwd: dir });
    expect(found.code).toBe(1);
    expect(found.stdout).not.toContain('name-variant');
    expect(found.stdout).toMatch(/10:95 +error +No comma/);
    const explicit = await runCli(['validate', '--config', 'other.yaml', 'verslagen/v.txt'], { cwd: dir });
    expect(explicit.code).toBe(0);
    expect(explicit.stdout).toContain('name-variant');
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['validate', '-'], { stdin: readFileSync(NOT_OK('date-weekday')) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\n<stdin>\n/);
  });

  it('--baseline-write records today’s findings; --baseline then reports only new ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-validate-'));
    const file = join(dir, 'v.txt');
    const text = readFileSync(NOT_OK('date-weekday'), 'utf8');
    writeFileSync(file, text);
    const write = await runCli(['validate', '--baseline-write', 'baseline.json', 'v.txt'], { cwd: dir });
    expect(write).toEqual({ code: 0, stdout: '', stderr: 'verslag: wrote 1 findings to baseline.json\n' });
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'))).toMatchObject({ version: 1, findings: [{ file: 'v.txt', ruleId: 'date-weekday', count: 1 }] });
    // Lines added above the old finding, and a new one below.
    writeFileSync(file, text.replace('1. Opening\n', '1. Opening\n\nEen extra alinea.\n').replace('om 12:00 uur', 'om 9:00 uur'));
    const later = await runCli(['validate', '--baseline', 'baseline.json', 'v.txt'], { cwd: dir });
    expect(later.stdout).not.toContain('date-weekday');
    expect(later.stdout).toContain('closing-time');
    expect(later.code).toBe(0);
  });

  it('--help lists the rules, the inline syntax and the exit codes', async () => {
    const r = await runCli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('speaker-absent           error  Nobody listed as absent is recorded speaking.');
    expect(r.stdout).toContain('<!-- verslag-disable-next-line name-variant -- two people, not one -->');
    expect(r.stdout).toContain('Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;');
  });
});
