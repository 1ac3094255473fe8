import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/archive/rules/index.js';
import type { ArchiveSummary, PersonSeen } from '../../src/archive/summary.js';

/** A summary as summarize would make it, with only what a test names. */
function meeting(file: string, fields: Partial<ArchiveSummary> = {}): ArchiveSummary {
  return { file, sha256: file, kind: 'verslag', body: 'Raad', numberAt: [4, 14, 40], dateAt: [5, 16, 80], refs: [], earlier: [], people: [], ...fields };
}
const ref = (r: string, item = '2', line = 20) => ({ ref: r, item, at: [line, 1, line * 10] as const });
const person = (name: string, extra: Partial<PersonSeen> = {}): PersonSeen => ({ name, role: 'present', at: [7, 11, 70], ...extra });
const ids = (summaries: ArchiveSummary[], options = {}) => checkArchive(summaries, options).map((d) => `${d.ruleId} ${d.file}`);

describe('archive rules', () => {
  it('find nothing in a consistent archive', () => {
    const a = meeting('a.txt', { number: 713, date: '2018-01-19', refs: [ref('R/2860')], people: [person('Van der Veen')] });
    const b = meeting('b.txt', {
      number: 714,
      date: '2018-02-16',
      refs: [ref('R/2870'), ref('R/2871', '3')],
      earlier: [{ item: '3', title: 'Verslag 713e vergadering d.d. 19 januari jl.', date: '2018-01-19', dateInferred: true, number: 713, at: [27, 1, 300] }],
      people: [person('van der Veen')],
    });
    expect(checkArchive([a, b])).toEqual([]);
  });

  it('report a second verslag of one meeting once, naming both files, and leave it out of the other rules', () => {
    const a = meeting('a.txt', { number: 714, date: '2018-02-16', refs: [ref('R/2870')] });
    const copy = meeting('b.txt', { number: 714, date: '2018-02-16', refs: [ref('R/2870')] });
    const [d, ...rest] = checkArchive([copy, a]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'duplicate-meeting', severity: 'error', file: 'b.txt', source: 'verslag:archive', position: { start: { line: 5 } } });
    expect(d!.related).toEqual([expect.objectContaining({ file: 'a.txt', note: 'the first verslag of this meeting' })]);
    expect(d!.reason).toContain('a.txt:5');
  });

  it('report a meeting number used for two dates at the later meeting', () => {
    const out = checkArchive([meeting('a.txt', { number: 714, date: '2018-02-16' }), meeting('b.txt', { number: 714, date: '2018-03-16' })]);
    expect(out.map((d) => [d.ruleId, d.file, d.related?.[0]?.file])).toEqual([['meeting-number-unique', 'b.txt', 'a.txt']]);
  });

  it('blame only the misnumbered meeting when numbers do not rise with the dates', () => {
    const list = [710, 711, 7120, 713, 714].map((number, i) => meeting(`m${i}.txt`, { number, date: `2018-0${i + 1}-10` }));
    const out = checkArchive(list);
    expect(out.map((d) => [d.ruleId, d.file, d.actual])).toEqual([['meeting-number-order', 'm2.txt', '7120']]);
    expect(out[0]!.related?.[0]?.file).toBe('m3.txt');
  });

  it('number separately per body', () => {
    expect(ids([meeting('a.txt', { number: 5, date: '2018-01-10' }), meeting('b.txt', { number: 5, date: '2018-02-10', body: 'Dagelijks Bestuur' })])).toEqual([]);
  });

  it('report a verslag item whose date is not in the archive, naming the nearest earlier meeting', () => {
    const a = meeting('a.txt', { number: 1, date: '2020-06-19' });
    const b = meeting('b.txt', { number: 2, date: '2020-09-25', earlier: [{ item: '3', title: 'Verslag van de vergadering van 20 juni 2020', date: '2020-06-20', at: [20, 1, 200] }] });
    const [d, ...rest] = checkArchive([a, b]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'earlier-verslag', file: 'b.txt', position: { start: { line: 20 } }, related: [{ file: 'a.txt' }] });
    expect(d!.reason).toContain('no verslag in the archive has that date');
  });

  it('do not report a verslag item about a meeting from before the archive starts', () => {
    const b = meeting('b.txt', { number: 2, date: '2020-09-25', earlier: [{ item: '3', title: 'Verslag 1e vergadering', date: '2020-06-19', number: 1, at: [20, 1, 200] }] });
    expect(checkArchive([b, meeting('c.txt', { number: 3, date: '2020-10-25' })])).toEqual([]);
  });

  it('report a verslag item that names another number than the previous one', () => {
    const b = meeting('b.txt', { number: 714, date: '2018-02-16', earlier: [{ item: '3', title: 'Verslag 712e vergadering', number: 712, at: [27, 1, 300] }] });
    const out = checkArchive([meeting('a.txt', { number: 713, date: '2018-01-19' }), b]);
    expect(out.map((d) => [d.ruleId, d.file, d.related?.[0]?.file])).toEqual([['earlier-verslag', 'b.txt', 'a.txt']]);
    expect(out[0]!.reason).toContain('the previous meeting is 713');
  });

  it('report a document reference claimed by two meetings at the later one', () => {
    const a = meeting('a.txt', { number: 1, date: '2018-01-10', refs: [ref('R/100')] });
    const b = meeting('b.txt', { number: 2, date: '2018-02-10', refs: [ref('R/101'), ref('R/100', '4', 40)] });
    const out = checkArchive([a, b]);
    expect(out.map((d) => [d.ruleId, d.file, d.position?.start.line, d.related?.[0]?.file])).toEqual([['document-ref-claimed', 'b.txt', 40, 'a.txt']]);
  });

  it('blame only the out-of-order reference when numbers do not rise with the dates', () => {
    const list = [
      meeting('a.txt', { date: '2018-01-10', refs: [ref('R/100'), ref('R/101')] }),
      meeting('b.txt', { date: '2018-02-10', refs: [ref('R/104'), ref('R/99', '5')] }),
      meeting('c.txt', { date: '2018-03-10', refs: [ref('R/106')] }),
    ];
    expect(checkArchive(list).map((d) => [d.ruleId, d.file, d.actual])).toEqual([['document-ref-order', 'b.txt', 'R/99']]);
  });

  it('report the rarer of two spellings of one person, whatever the case of the tussenvoegsel', () => {
    const list = ['a', 'b', 'c'].map((f) => meeting(`${f}.txt`, { people: [person('Gunning-Schepers'), person('Van Gestel')] }));
    list.push(meeting('d.txt', { people: [person('Gunning Schepers'), person('van Gestel')] }));
    const out = checkArchive(list);
    expect(out.map((d) => [d.ruleId, d.file, d.actual])).toEqual([['person-spelling', 'd.txt', 'Gunning Schepers']]);
    expect(out[0]!.reason).toContain('"Gunning Schepers" is written "Gunning-Schepers" in 3 other verslagen');
  });

  it('take a one-letter difference in a long, rare form for a misspelling, but not two names in one verslag', () => {
    const usual = ['a', 'b', 'c'].map((f) => meeting(`${f}.txt`, { people: [person('Hoogstraaten')] }));
    expect(ids([...usual, meeting('d.txt', { people: [person('Hoogstraten')] })])).toEqual(['person-spelling d.txt']);
    expect(ids([...usual, meeting('d.txt', { people: [person('Hoogstraten'), person('Hoogstraaten')] })])).toEqual([]);
    // Short names differ by a letter between different people all the time.
    expect(ids([...['a', 'b', 'c'].map((f) => meeting(`${f}.txt`, { people: [person('Jansen')] })), meeting('d.txt', { people: [person('Janssen')] })])).toEqual([]);
  });

  it('report the rarer geleding of one speaker, unless the roster gives the seat change with dates', () => {
    const speaker = (geleding: string) => person('Boufangacha', { role: 'speaker', geleding });
    const list = [
      meeting('a.txt', { date: '2018-01-10', people: [speaker('werknemers')] }),
      meeting('b.txt', { date: '2018-02-10', people: [speaker('werknemers')] }),
      meeting('c.txt', { date: '2019-03-10', people: [speaker('kroonleden')] }),
    ];
    expect(ids(list)).toEqual(['person-geleding c.txt']);
    const roster = {
      members: [
        { name: 'Boufangacha', geleding: 'werknemers', to: '2018-12-31' },
        { name: 'Boufangacha', geleding: 'kroonleden', from: '2019-01-01' },
      ],
    };
    expect(ids(list, { roster })).toEqual([]);
    // The roster's dates count: a kroonleden seat from 2019 does not cover a verslag of 2018.
    const early = [...list.slice(0, 2), meeting('c.txt', { date: '2018-03-10', people: [speaker('kroonleden')] })];
    expect(ids(early, { roster: { members: [{ name: 'Boufangacha', geleding: 'kroonleden', from: '2019-01-01' }] } })).toEqual(['person-geleding c.txt']);
  });

  it('leave out files that are not minutes', () => {
    expect(ids([meeting('a.txt', { number: 1, date: '2018-01-10' }), meeting('b.txt', { number: 1, date: '2018-02-10', kind: 'not-verslag' })])).toEqual([]);
  });
});
