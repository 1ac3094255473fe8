import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEarlierVerslag } from '../../src/archive/earlier-verslag.js';
import { summarize } from '../../src/archive/summary.js';
import { parseBytes } from '../../src/index.js';
import { FIXTURES } from '../helpers/fixtures.js';

const seed = (n: string) => parseBytes(readFileSync(join(FIXTURES, 'parse', `seed-${n}`, 'input.txt')), { path: `seed-${n}.txt` });

describe('summarize', () => {
  it('keeps the meeting number, date and body with the header line they were read from', () => {
    const s = summarize(seed('001'));
    expect(s).toMatchObject({ file: 'seed-001.txt', kind: 'verslag', body: 'Raad', number: 714, publicNumber: 490, date: '2018-02-16' });
    expect(s.numberAt?.[0]).toBe(5);
    expect(s.dateAt?.[0]).toBe(6);
  });

  it('keeps each document reference with its agenda item and line', () => {
    const s = summarize(seed('001'));
    expect(s.refs.map((r) => [r.ref, r.item, r.at[0]])).toEqual([
      ['R/2870', '2', 21],
      ['R/2871', '3', 27],
      ['R/2872', '5', 75],
    ]);
  });

  it('reads "Verslag 713e (489e openbare) vergadering d.d. 19 januari jl." with the year from the meeting date', () => {
    const s = summarize(seed('001'));
    expect(s.earlier).toEqual([
      expect.objectContaining({ item: '3', number: 713, publicNumber: 489, date: '2018-01-19', dateInferred: true }),
    ]);
  });

  it('reads "Verslag van de vergadering van vrijdag 19 juni 2020" in seed 000', () => {
    const s = summarize(seed('000'));
    expect(s.earlier).toEqual([expect.objectContaining({ item: '3', date: '2020-06-19' })]);
    expect(s.earlier[0]!.dateInferred).toBeUndefined();
  });

  it('lists people from the attendance lists with their role and place, each spelling once per role', () => {
    const s = summarize(seed('001'));
    expect(s.people.filter((p) => p.role === 'present')).toHaveLength(31);
    expect(s.people).toContainEqual(expect.objectContaining({ name: 'Gunning-Schepers', role: 'present', at: [8, 102, 245] }));
    expect(s.people).toContainEqual(expect.objectContaining({ name: 'Hamer', role: 'chair' }));
  });
});

describe('readEarlierVerslag', () => {
  it('takes "jl." in a January meeting for December as last year', () => {
    expect(readEarlierVerslag('Verslag vergadering d.d. 15 december jl.', '2019-01-18')).toEqual({ date: '2018-12-15', dateInferred: true });
  });

  it('reads a number without a date', () => {
    expect(readEarlierVerslag('Vaststelling verslag 12e vergadering', '2019-01-18')).toEqual({ number: 12 });
  });

  it('ignores titles that are not about earlier minutes, or name neither date nor number', () => {
    expect(readEarlierVerslag('Verslag van de commissie Arbeidsmarkt', '2019-01-18')).toBeUndefined();
    expect(readEarlierVerslag('Notulen vorige vergadering', '2019-01-18')).toBeUndefined();
    expect(readEarlierVerslag('Vaststelling advies over 12 maart 2019', '2019-04-01')).toBeUndefined();
  });
});
