import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseBytes, type Verslag } from '../src/index.js';
import { FIXTURES } from './helpers/fixtures.js';

const seed = readFileSync(join(FIXTURES, 'parse', 'seed-001', 'input.txt'));
const text = seed.toString('utf8');

/** The record without what legitimately differs between encodings: positions and source facts. */
function content(record: Verslag): unknown {
  return JSON.parse(
    JSON.stringify({ ...record, source: undefined, diagnostics: record.diagnostics.map((d) => d.ruleId) }, (key, value) =>
      key === 'position' || key === 'positions' || key === 'segments' ? undefined : value,
    ),
  );
}

describe('reading other encodings and line endings gives the same records', () => {
  const original = parseBytes(seed, { path: 'seed.txt' });

  it('UTF-16 LE with BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const r = parseBytes(bytes, { path: 'seed.txt' });
    expect(r.source.encoding).toBe('utf-16le');
    expect(content(r)).toEqual(content(original));
    // The BOM is not counted: line 1 column 1 is the first character.
    expect(r.meeting.positions.date).toEqual(original.meeting.positions.date);
  });

  it('UTF-16 BE with BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(content(parseBytes(bytes, { path: 'seed.txt' }))).toEqual(content(original));
  });

  it('UTF-8 with BOM keeps line 1 column 1 right', () => {
    const r = parseBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]), { path: 'seed.txt' });
    expect(r.source.encoding).toBe('utf-8-bom');
    expect(r.front[0]!.position).toEqual(original.front[0]!.position);
  });

  it('Windows-1252 is detected, decoded with the right quotes and dashes, and said so', () => {
    const r = parseBytes(iconv.encode(text, 'windows-1252'), { path: 'seed.txt' });
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.diagnostics[0]!.ruleId).toBe('encoding-fallback');
    expect(content({ ...r, diagnostics: r.diagnostics.slice(1) })).toEqual(content(original));
    expect(JSON.stringify(r)).toContain('–'); // 0x96 in cp1252, a C1 control under Node's TextDecoder
  });

  it('CRLF endings: same records, and positions count the CR', () => {
    const r = parseBytes(Buffer.from(text.replace(/\n/g, '\r\n')), { path: 'seed.txt' });
    expect(r.source.lineEnding).toBe('crlf');
    expect(content(r)).toEqual(content(original));
    const item = r.agenda[2]!;
    expect(item.position.start.line).toBe(original.agenda[2]!.position.start.line);
    expect(item.position.start.offset).toBe(original.agenda[2]!.position.start.offset + item.position.start.line - 1);
  });

  it('CR-only endings (old Mac) give the same records', () => {
    const r = parseBytes(Buffer.from(text.replace(/\n/g, '\r')), { path: 'seed.txt' });
    expect(r.source.lineEnding).toBe('cr');
    expect(content(r)).toEqual(content(original));
  });

  it('refuses NUL bytes as not text', () => {
    expect(() => parseBytes(Buffer.from('Opening\u0000\u0000 binary'), { path: 'x.bin' })).toThrow(/x\.bin: not a text file/);
  });
});

describe('control characters', () => {
  it('counts exactly C0 controls other than tab, LF, FF and CR, and DEL, as not text', async () => {
    const { decode, NotTextError } = await import('../src/source/decode.js');
    // UTF-8 is checked on its bytes, UTF-16 on the decoded text: both must refuse the same set.
    const encodings = {
      'utf-8': (body: string) => Buffer.from(body, 'utf8'),
      'utf-16le': (body: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
    };
    const expected = [...Array(0x20).keys()].filter((c) => c > 0 && ![0x09, 0x0a, 0x0c, 0x0d].includes(c)).concat([0x7f]);
    for (const [name, encode] of Object.entries(encodings)) {
      const refused: number[] = [];
      for (let code = 1; code < 0xa0; code++) {
        const body = `Verslag ${String.fromCharCode(code).repeat(5)} van de vergadering`;
        try {
          decode(encode(body));
        } catch (e) {
          expect(e).toBeInstanceOf(NotTextError);
          refused.push(code);
        }
      }
      expect(refused, name).toEqual(expected);
    }
  });
});

describe('parseBytesWithText', () => {
  it('hands out the text the record was parsed from, decoded once', async () => {
    const { parseBytesWithText } = await import('../src/api/parse.js');
    const { decode } = await import('../src/source/index.js');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text.replace(/\n/g, '\r\n'), 'utf-16le')]);
    const both = parseBytesWithText(bytes, { path: 'seed.txt' });
    expect(both.text).toBe(decode(bytes).text);
    expect(both.text.startsWith('\ufeff')).toBe(false);
    expect(both.text).toContain('\r\n');
    expect(both.record).toEqual(parseBytes(bytes, { path: 'seed.txt' }));
  });
});
