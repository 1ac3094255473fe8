import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

// A verslag can't recolour, clear or retitle the terminal: escape sequences from its text (and
// from file names) reach the terminal as visible text such as `\x1b[2J`, never as the raw bytes.
const ESC = '\x1b';
const CLEAR = `${ESC}[2J`;
const dir = mkdtempSync(join(tmpdir(), 'verslag-escapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seedLines = readFileSync(join(FIXTURES, 'parse', 'seed-001', 'input.txt'), 'utf8').split('\n');
/** Seed 001 with one line changed: `edit` gets the line and returns the new one. */
function seedWith(name: string, line: number, edit: (l: string) => string): string {
  const lines = [...seedLines];
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(join(dir, name), lines.join('\n'));
  return name;
}

describe('escape sequences in input are shown, not obeyed', () => {
  it('query prints paragraph text with \\x1b[2J escaped', async () => {
    const file = seedWith('query.txt', 85, (l) => l.replace('Mevrouw', `Mevrouw ${CLEAR}${ESC}[31mrood${ESC}[0m ${ESC}]0;titel${ESC}\\`));
    const r = await runCli(['query', file, '-e', 'rood', '--kind', 'paragraph'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mevrouw \\x1b[2J\\x1b[31mrood\\x1b[0m \\x1b]0;titel\\x1b\\ Geel');
    expect(r.stdout).not.toContain(ESC);
  });

  it('validate prints messages that quote the text with \\x1b[2J escaped', async () => {
    // The header-fields rule quotes the names it finds without a comma between them.
    const file = seedWith('validate.txt', 10, (l) => l.replace('Jansen', `Jan${CLEAR}sen`));
    const r = await runCli(['validate', file], { cwd: dir });
    expect(r.stdout).toContain('Jan\\x1b[2Jsen (notulist)');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).not.toContain(ESC);
  });

  it('a file name with an escape sequence is escaped in messages', async () => {
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', `evil${CLEAR}.txt`), '');
    for (const command of ['parse', 'validate', 'query']) {
      const r = await runCli([command, 'archive'], { cwd: dir });
      expect(r.stderr).toBe('verslag: archive/evil\\x1b[2J.txt: is empty\n');
      expect(r.code).toBe(2);
    }
  });

  it('parse output (JSON and YAML) carries the escape as an escaped string, never raw', async () => {
    const file = seedWith('parse.txt', 85, (l) => l.replace('Mevrouw', `Mevrouw ${CLEAR}`));
    for (const format of ['json', 'jsonl', 'yaml']) {
      const r = await runCli(['parse', '--format', format, file], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain(ESC);
    }
    const record = JSON.parse((await runCli(['parse', file], { cwd: dir })).stdout) as { agenda: Array<{ paragraphs: Array<{ text: string }> }> };
    // The record itself keeps the text exactly: escaping is for terminals only.
    expect(record.agenda.flatMap((i) => i.paragraphs).some((p) => p.text.includes(`Mevrouw ${CLEAR}`))).toBe(true);
  });
});
