import { describe, expect, it } from 'vitest';
import { query } from '../../src/index.js';
import { makeSink } from '../../src/query/output/sink.js';
import { build } from './build.js';

const speakers = [{ id: 'a', name: 'Jansen', variants: ['Jansen'], geleding: 'werknemers' }];
const record = (path: string) =>
  build({ path, date: '2019-01-01', speakers, items: [{ number: '1', title: 'Opening', paragraphs: [{ lines: ['De heer Jansen spreekt.'], speaker: 'a' }] }] }).record;

describe('query output sink', () => {
  it('writes each record’s hits as soon as the record is given, keeping nothing of it', async () => {
    for (const output of [{ mode: 'text' as const }, { mode: 'json' as const }, { mode: 'rows' as const, format: 'csv' as const }, { mode: 'count' as const }]) {
      const writes: string[] = [];
      const sink = await makeSink(output, 'contribution', (s) => writes.push(s));
      sink.record('a.txt', query([record('a.txt')]));
      const afterFirst = writes.join('');
      expect(afterFirst, output.mode).toContain('a.txt');
      sink.record('b.txt', query([record('b.txt')]));
      expect(writes.join('').slice(afterFirst.length), output.mode).toContain('b.txt');
      sink.finish();
      expect(sink.hits).toBe(2);
    }
  });

  it('--stats adds up across records and writes the tables at the end', async () => {
    const writes: string[] = [];
    const sink = await makeSink({ mode: 'stats', byItem: false }, 'contribution', (s) => writes.push(s));
    sink.record('a.txt', query([record('a.txt')]));
    sink.record('b.txt', query([record('b.txt')]));
    expect(writes).toEqual([]);
    sink.finish();
    expect(writes.join('')).toContain('Jansen   werknemers              2      8');
  });
});
