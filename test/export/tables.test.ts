import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contributions, DEFAULT_FIELDS, parseBytes, toCsv, toJsonl } from '../../src/index.js';
import { parseFields } from '../../src/export/fields.js';
import { runCli } from '../helpers/run-cli.js';
import { syntheticRecord } from './synthetic.js';

const SEED_001 = 'fixtures/parse/seed-001/input.txt';

describe('contributions: consecutive paragraphs of one speaker within an item', () => {
  const rows = contributions(syntheticRecord());

  it('joins consecutive paragraphs of the same speaker and starts a new row when the speaker changes', () => {
    const item5 = rows.filter((r) => r.item === '5a');
    expect(item5.map((r) => [r.speaker, r.paragraphs])).toEqual([
      ['Geel', 2],
      ['De Vries', 1],
      ['De Vries', 1],
      [null, 3],
    ]);
    const geel = item5[0]!;
    expect(geel).toMatchObject({ file: 'synthetic.txt', date: '2018-02-16', meeting: 714, title: "Vaststelling (brief)advies 'Nadere bevindingen'", geleding: 'werkgevers', speakerId: 'geel' });
    expect(geel.text).toBe('Mevrouw Geel, sprekend voor de werkgevers, zegt: "dit is goed; echt".\nTweede regel.\n\nZe voegt eraan toe: 50% is **niet** genoeg.');
    expect(geel.endLine).toBeGreaterThan(geel.line);
  });

  it('tells two speakers with the same name apart by id, and lists the others who speak', () => {
    const both = rows.filter((r) => r.speaker === 'De Vries');
    expect(both.map((r) => [r.speakerId, r.geleding, r.also])).toEqual([
      ['de-vries-1', 'werknemers', ['De Vries', 'Hamer']],
      ['de-vries-2', 'kroonleden', []],
    ]);
  });

  it('leaves out headings, header lines, tables, code, footnotes and page numbers; text before the first item has no item', () => {
    const texts = rows.map((r) => r.text);
    expect(texts.some((t) => t.includes('Vergadering:') || t.includes('| Naam') || t.includes('<TEI>') || t.startsWith('²') || t === '3')).toBe(false);
    expect(rows[0]).toMatchObject({ item: null, title: null, speaker: null, text: 'Preambule met *sterretjes*, _liggend streepje_ en `backticks`.' });
  });
});

describe('CSV for analysts', () => {
  it('seed 001 opens in a CSV parser with the right columns and no broken rows', () => {
    const record = parseBytes(readFileSync(SEED_001), { path: SEED_001 });
    const rows = contributions(record);
    const table = parse(toCsv(rows), { columns: true, relax_column_count: false, bom: true }) as Array<Record<string, string>>;
    expect(Object.keys(table[0]!)).toEqual([...DEFAULT_FIELDS]);
    expect(table).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThan(30);
    table.forEach((row, i) => {
      expect(row.text).toBe(rows[i]!.text);
      expect(row.line).toBe(String(rows[i]!.line));
      expect(row.speaker).toBe(rows[i]!.speaker ?? '');
    });
    // Text with commas, quotes and semicolons survives.
    expect(table.some((r) => r.text!.includes(',') && r.text!.includes("'"))).toBe(true);
    expect(new Set(table.map((r) => r.date))).toEqual(new Set(['2018-02-16']));
  });

  it('quotes text with quotes, line breaks and semicolons (RFC 4180) so every row reads back whole', () => {
    const rows = contributions(syntheticRecord());
    const csv = toCsv(rows, { fields: ['line', 'speaker', 'also', 'text'] });
    expect(csv).toContain('"Mevrouw Geel, sprekend voor de werkgevers, zegt: ""dit is goed; echt"".\nTweede regel.');
    expect(csv.split('\r\n')[0]).toBe('line,speaker,also,text');
    const table = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(table.map((r) => r.text)).toEqual(rows.map((r) => r.text));
    expect(table.find((r) => r.speaker === 'De Vries')!.also).toBe('De Vries; Hamer');
    // A field with a semicolon is quoted too, for spreadsheets that split on semicolons (Dutch locale).
    expect(csv).toContain(',"De Vries; Hamer",');
  });

  it('starts with a UTF-8 byte order mark with bom, and without it otherwise', () => {
    const rows = contributions(syntheticRecord());
    expect(toCsv(rows, { bom: true }).startsWith('\uFEFFfile,line,')).toBe(true);
    expect(toCsv(rows).startsWith('file,line,')).toBe(true);
  });
});

describe('JSON Lines for analysts', () => {
  it('writes one contribution per line with the chosen fields in order, nulls kept', () => {
    const rows = contributions(syntheticRecord());
    const lines = toJsonl(rows, ['item', 'speaker', 'geleding', 'line']).trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length);
    expect(JSON.parse(lines[0]!)).toEqual({ item: null, speaker: null, geleding: null, line: rows[0]!.line });
    expect(Object.keys(JSON.parse(lines[2]!))).toEqual(['item', 'speaker', 'geleding', 'line']);
  });

  it('--fields rejects an unknown column and names the ones to choose from', () => {
    expect(parseFields('speaker, text')).toEqual({ ok: true, fields: ['speaker', 'text'] });
    const bad = parseFields('speaker,mood');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^unknown field mood \(choose from file, line, endLine/);
  });

  it('verslag export --to jsonl --fields prints the chosen columns of seed 001', async () => {
    const r = await runCli(['export', '--to', 'jsonl', '--fields', 'item,speaker,geleding', SEED_001]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBe(contributions(parseBytes(readFileSync(SEED_001), { path: SEED_001 })).length);
    for (const row of rows) expect(Object.keys(row)).toEqual(['item', 'speaker', 'geleding']);
    expect(rows.every((row) => typeof row.item === 'string')).toBe(true);
  });
});
