import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { comparable, parseBytes, toJson } from '../../src/index.js';
import { expectedFile, ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const GOLDEN = join(ROOT, 'test/export/golden');
const MINI = 'test/export/golden/mini.txt';
const SEED_000 = 'fixtures/parse/seed-000/input.txt';
const SEED_001 = 'fixtures/parse/seed-001/input.txt';

// Golden files for a small verslag: what a user sees. UPDATE=1 rewrites them (review the diff).
describe('verslag export: golden output', () => {
  for (const [to, ext] of [['markdown', 'md'], ['csv', 'csv'], ['jsonl', 'jsonl']] as const) {
    it(`--to ${to} prints what golden/mini.${ext} holds`, async () => {
      const r = await runCli(['export', '--to', to, MINI]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expectedFile(join(GOLDEN, `mini.${ext}`), r.stdout));
    });
  }

  it('the Markdown has front matter with the meeting, an ## per item with its refs, and reads back with verslag parse', async () => {
    const md = (await runCli(['export', '--to', 'markdown', MINI])).stdout;
    expect(md).toMatch(/^---\nverslag: 1\nkind: verslag\ntitle: VERSLAG\nbody: Raad\nnumber: 801\n/);
    expect(md.match(/^## .*$/gm)).toEqual(['## 1. Opening', '## 2. Verslag van de vergadering van 14 februari 2020', '## 3. Advies "Werk; inkomen, en zekerheid"']);
    expect(md).toContain('\n*Stuk:* R/3002\n');
    const back = await runCli(['parse', '-'], { stdin: md });
    expect(back.code).toBe(0);
    expect(comparable(JSON.parse(back.stdout))).toEqual(comparable(parseBytes(readFileSync(join(ROOT, MINI)), { path: MINI })));
  });
});

describe('verslag export', () => {
  it('--to json prints the record with schemaVersion, as the library gives it', async () => {
    const r = await runCli(['export', '--to', 'json', SEED_001]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toJson(parseBytes(readFileSync(join(ROOT, SEED_001)), { path: SEED_001 })));
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });

  it('several files give a JSON array, and one CSV table with a single header (and BOM)', async () => {
    const json = await runCli(['export', '--to', 'json', SEED_001, SEED_000]);
    expect(JSON.parse(json.stdout).map((r: { source: { path: string } }) => r.source.path)).toEqual([SEED_000, SEED_001]);
    const csv = await runCli(['export', '--to', 'csv', '--bom', SEED_001, SEED_000]);
    expect(csv.stdout.startsWith('\uFEFFfile,line,date,meeting,item,title,speaker,geleding,text\r\n')).toBe(true);
    expect(csv.stdout.match(/\uFEFF/g)).toHaveLength(1);
    const rows = parseCsv(csv.stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(new Set(rows.map((r) => r.file))).toEqual(new Set([SEED_000, SEED_001]));
  });

  it('--to markdown refuses several files on standard output (they would read back as one), and names --out', async () => {
    const r = await runCli(['export', '--to', 'markdown', SEED_001, SEED_000]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--to markdown writes one document per verslag, and 2 files were given: write them to a folder with --out <dir>');
  });

  it('--to yaml prints the same record as YAML', async () => {
    const r = await runCli(['export', '--to', 'yaml', MINI]);
    const { parse } = await import('yaml');
    expect(parse(r.stdout)).toEqual(JSON.parse((await runCli(['export', '--to', 'json', MINI])).stdout));
  });

  it('a missing file is an input error naming it, exit 2, and the other files are still exported', async () => {
    const r = await runCli(['export', '--to', 'jsonl', 'missing.txt', MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verslag: missing.txt: no such file or folder\n');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(2);
  });

  it('usage errors exit 2 with a message: no --to, an unknown format, --fields or --bom where they do not apply, an unknown field', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['export', MINI], /required option '-t, --to <format>' not specified/],
      [['export', '--to', 'xml', MINI], /Allowed choices are json, markdown, jsonl, csv, yaml/],
      [['export', '--to', 'json', '--fields', 'text', MINI], /^verslag: --fields applies to --to jsonl and --to csv only\n$/],
      [['export', '--to', 'jsonl', '--bom', MINI], /^verslag: --bom applies to --to csv only\n$/],
      [['export', '--to', 'csv', '--fields', 'text,mood', MINI], /^verslag: unknown field mood \(choose from file, line/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('leaves ordinary Markdown to the parser: only front matter with verslag: 1 goes to the export reader', async () => {
    const md = '---\ntitle: Notulen\n---\n\n# Notulen\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n';
    const r = await runCli(['parse', '-'], { stdin: md });
    const record = JSON.parse(r.stdout);
    expect(record.front[0].kind).toBe('front-matter');
  });
});
