import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/index.js';
import { decode } from '../../src/source/index.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { checkInvariants } from '../helpers/invariants.js';

const seed = readFileSync(join(FIXTURES, 'parse', 'seed-001', 'input.txt'), 'utf8');
const lines = seed.split('\n');

/** The seed as UTF-8, with line `n` (1-based) replaced by `bytes`. */
function withLine(n: number, bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from(lines.slice(0, n - 1).join('\n') + '\n'), bytes, Buffer.from('\n' + lines.slice(n).join('\n'))]);
}

describe('a UTF-8 file with a few bytes that are not UTF-8', () => {
  // A sentence pasted from a Windows-1252 document into a UTF-8 draft: é and ’ are single bytes.
  const pasted = iconv.encode('Het café’s-advies wordt besproken.', 'windows-1252');
  const line = 40;

  it('is read as UTF-8, the bad bytes as Windows-1252, with a warning naming the line', () => {
    const bytes = withLine(line, pasted);
    const record = parseBytes(bytes, { path: 'concept.txt' });
    expect(record.source.encoding).toBe('utf-8');
    const text = decode(bytes).text;
    expect(checkInvariants(record, text)).toEqual([]);
    // Every correct UTF-8 character elsewhere stays right (no "â€“" for "–").
    expect(text).toBe([...lines.slice(0, line - 1), 'Het café’s-advies wordt besproken.', ...lines.slice(line)].join('\n'));
    const warnings = record.diagnostics.filter((d) => d.ruleId === 'invalid-utf8');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'warning',
      source: 'verslag:source',
      reason: 'Line 40 has bytes that are not UTF-8 (E9 92); they were read as Windows-1252: "é’". Check the line, and save the file as UTF-8',
      position: { start: { line: 40, column: 8 }, end: { line: 40, column: 10 } },
      actual: 'é’',
    });
    expect(record.diagnostics.some((d) => d.ruleId === 'encoding-fallback')).toBe(false);
  });

  it('a byte that Windows-1252 leaves undefined becomes U+FFFD', () => {
    const decoded = decode(withLine(3, Buffer.from([0x41, 0x81, 0x42])));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.split('\n')[2]).toBe('A\ufffdB');
    expect(decoded.invalid).toEqual([{ offset: decoded.text.indexOf('A\ufffdB') + 1, bytes: [0x81], text: '\ufffd' }]);
  });

  it('names at most 20 lines, then counts the rest', () => {
    let bytes = Buffer.from(seed);
    for (let n = 10; n < 40; n++) bytes = Buffer.concat([bytes, Buffer.from(`\nregel ${n} `), Buffer.from([0xe9])]);
    const record = parseBytes(bytes, { path: 'concept.txt' });
    const warnings = record.diagnostics.filter((d) => d.ruleId === 'invalid-utf8');
    expect(warnings).toHaveLength(21);
    expect(warnings[20]!.reason).toBe('10 more lines have bytes that are not UTF-8. Save the file as UTF-8 to be sure every character is right');
    expect(checkInvariants(record, decode(bytes).text)).toEqual([]);
  });

  it('keeps its BOM out of the text and says utf-8-bom', () => {
    const decoded = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), withLine(2, pasted)]));
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text.startsWith(lines[0]!)).toBe(true);
    // é and ’ are adjacent: one run of two bytes.
    expect(decoded.invalid).toEqual([{ offset: lines[0]!.length + 1 + 7, bytes: [0xe9, 0x92], text: 'é’' }]);
  });
});

describe('a Windows-1252 file', () => {
  it('with a byte pair that happens to be valid UTF-8 is still read as Windows-1252 as a whole', () => {
    // "Â " (C2 A0) is a valid UTF-8 no-break space; the é bytes around it are not UTF-8.
    const bytes = iconv.encode('Één café, Â\u00a0een idee, één ander.', 'windows-1252');
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', fellBack: true, invalid: [] });
    expect(decoded.text).toBe('Één café, Â\u00a0een idee, één ander.');
  });
});
