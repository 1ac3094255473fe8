import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { expectedFile, FIXTURES, ROOT } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const GOLDEN = 'fixtures/query/golden/input.txt';
const SEED = 'fixtures/parse/seed-001/input.txt';

describe('verslag query (CLI)', () => {
  it('--json: a begin / match / end / summary stream that parses line by line (golden)', async () => {
    const runs = [
      ['query', '--json', '-e', 'due diligence', '-C', '1', GOLDEN],
      ['query', '--json', '--kind', 'decision', GOLDEN],
      ['query', '--json', '--kind', 'speaker', '--geleding', 'werknemers', GOLDEN],
    ];
    let all = '';
    for (const argv of runs) {
      const r = await runCli(argv);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const types = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { type: string }).type);
      expect(types[0]).toBe('begin');
      expect(types.slice(-2)).toEqual(['end', 'summary']);
      all += `# ${argv.slice(1).join(' ')}\n${r.stdout}`;
    }
    expect(all).toBe(expectedFile(join(FIXTURES, 'query', 'golden', 'expected.jsonl'), all));
  });

  it('text: a header per hit, then each paragraph by line, context marked with "-"', async () => {
    const r = await runCli(['query', '-e', 'kleine bedrijven', '-C', '1', GOLDEN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'fixtures/query/golden/input.txt:17  2018-02-16  2 Vaststellen advies Internationaal MVO  De Vries (werkgevers)',
        '13- De heer Jansen, sprekend namens de werknemers, vindt dat due diligence voor elk bedrijf moet gelden. Spreker wijst op de internationale ketens waarin werknemers kwetsbaar zijn.',
        '17: Mevrouw De Vries, sprekend namens de werkgevers, steunt het advies. Zij vraagt aandacht voor de lasten van due diligence voor kleine bedrijven.',
        '20- Het advies wordt unaniem vastgesteld.',
        '',
      ].join('\n'),
    );
  });

  it('exit 1 when nothing matches, 2 for a bad pattern or a missing file', async () => {
    expect(await runCli(['query', '-e', 'geen-enkele-treffer', GOLDEN])).toEqual({ code: 1, stdout: '', stderr: '' });
    const bad = await runCli(['query', '-e', '(unclosed', GOLDEN]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^verslag: not a valid regular expression/);
    const missing = await runCli(['query', '-e', 'advies', 'missing.txt', GOLDEN]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('verslag: missing.txt: no such file or folder\n');
    expect(missing.stdout).toContain('advies');
    expect((await runCli(['query', '--json', '--count', GOLDEN])).code).toBe(2);
    expect((await runCli(['query', '--from', 'gisteren', GOLDEN])).stderr).toMatch(/not a date/);
  });

  it('shows an escape sequence in the input as text, never as a control code', async () => {
    const stdin = '1. Opening\n\nDe voorzitter opent \x1b[2J de vergadering.\n';
    for (const argv of [['query', '--kind', 'paragraph', '-e', 'opent', '-'], ['query', '--kind', 'paragraph', '--count', '-'], ['query', '--stats', '-']]) {
      const r = await runCli(argv, { stdin });
      expect(r.stdout).not.toContain('\x1b');
    }
    const r = await runCli(['query', '--kind', 'paragraph', '-e', 'opent', '-'], { stdin });
    expect(r.stdout).toContain('opent \\x1b[2J de vergadering');
    // Standard input is kept, so its matches have exact lines too.
    const json = await runCli(['query', '--json', '--kind', 'paragraph', '-e', 'vergadering', '-'], { stdin });
    const match = json.stdout.split('\n').map((l) => (l ? JSON.parse(l) : null)).find((o) => o?.type === 'match');
    expect(match.data.submatches[0].position.start).toEqual({ line: 3, column: 29, offset: 40 });
  });

  it('colours matches only on a terminal, and not with NO_COLOR', async () => {
    const run = async (isTTY: boolean, env: Record<string, string>) => {
      let out = '';
      await main(['query', '-e', 'kleine bedrijven', GOLDEN], {
        stdout: { write: (s: string) => (out += s), isTTY },
        stderr: { write: () => true, isTTY },
        readStdin: async () => new Uint8Array(),
        env,
        cwd: ROOT,
      });
      return out;
    };
    const coloured = await run(true, {});
    expect(coloured).toContain('\x1b[1m\x1b[31mkleine bedrijven\x1b[39m\x1b[22m');
    expect(await run(true, { NO_COLOR: '1' })).not.toContain('\x1b');
    expect(await run(false, {})).not.toContain('\x1b');
  });

  it('--count gives hits per file, for files with hits', async () => {
    const r = await runCli(['query', '--kind', 'paragraph', '-e', 'IMVO', '--count', GOLDEN, SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^fixtures\/parse\/seed-001\/input\.txt:\d+\n$/);
  });

  it('--format csv, jsonl and markdown write one row per hit, with one header', async () => {
    const csv = await runCli(['query', '--format', 'csv', '-e', 'due diligence', GOLDEN]);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('file,line,date,item,title,kind,speaker,geleding,words,matches,text');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^fixtures\/query\/golden\/input\.txt,13,2018-02-16,2,Vaststellen advies Internationaal MVO,contribution,Jansen,werknemers,26,1,/);
    const jsonl = await runCli(['query', '--format', 'jsonl', '--kind', 'decision', GOLDEN]);
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ kind: 'decision', subject: 'advies', outcome: 'vastgesteld', unanimous: true, line: 20 });
    const md = await runCli(['query', '--format', 'markdown', '--speaker', 'jansen', GOLDEN]);
    const lines = md.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| file | line | date | item | title | kind | speaker | geleding | words | matches | text |');
    expect(lines).toHaveLength(3);
  });

  it('--stats: contributions and words per speaker and per geleding; --by item per agenda item', async () => {
    const r = await runCli(['query', '--stats', '--item', '2', GOLDEN]);
    expect(r.stdout).toBe(
      [
        'speaker   geleding    contributions  words',
        'Jansen    werknemers              1     26',
        'De Vries  werkgevers              1     22',
        '(nobody)  -                       1      5',
        '',
        'geleding    speakers  contributions  words',
        'werknemers         1              1     26',
        'werkgevers         1              1     22',
        '-                  1              1      5',
        '',
      ].join('\n'),
    );
    const byItem = await runCli(['query', '--stats', '--by', 'item', '--speaker', 'voorzitter', SEED]);
    expect(byItem.stdout.split('\n').filter((l) => l.startsWith(SEED)).length).toBeGreaterThan(1);
    expect((await runCli(['query', '--by', 'item', GOLDEN])).code).toBe(2);
  });
});
