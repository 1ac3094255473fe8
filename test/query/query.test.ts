import { describe, expect, it } from 'vitest';
import { query, QueryError, type Verslag } from '../../src/index.js';
import { build } from './build.js';

const speakers = [
  { id: 's1', name: 'Van Selm', variants: ['van Selm', 'Alexandra van Selm'], geleding: 'werknemers' },
  { id: 's2', name: 'Ëlzinga', variants: ['Ëlzinga'], geleding: 'werknemers' },
  { id: 's3', name: 'Geel', variants: ['Geel'], geleding: 'werkgevers' },
  { id: 'chair', name: 'Hamer', variants: ['Hamer'], role: 'chair' as const },
];

const meeting = build({
  path: 'a.txt',
  date: '2018-02-16',
  speakers,
  items: [
    { number: '1', title: 'Opening', paragraphs: [{ lines: ['De voorzitter opent de vergadering.'], speaker: 'chair' }] },
    {
      number: '5',
      title: 'Vaststellen advies Internationaal MVO',
      paragraphs: [
        { lines: ['Mevrouw Van Selm vindt dat due', 'diligence voor elk bedrijf moet gelden.'], speaker: 's1' },
        { lines: ['Spreekster wijst op de interna-', 'tionale ketens.'], speaker: 's1' },
        { lines: ['Sheet 4 Trends'], kind: 'heading' },
        { lines: ['De heer Elzinga sluit zich aan bij de werknemers.'], speaker: 's2' },
        { lines: ['De heer Geel spreekt namens de werkgevers over due diligence.'], speaker: 's3' },
        { lines: ['Het advies wordt vastgesteld.'] },
      ],
    },
  ],
});

const later = build({
  path: 'b.txt',
  date: '2020-09-18',
  speakers,
  items: [{ number: '3', title: 'Verslag', paragraphs: [{ lines: ['De heer Geel heeft geen opmerkingen.'], speaker: 's3' }] }],
});

const records: Verslag[] = [meeting.record, later.record];
const texts = new Map([
  [meeting.record, meeting.text],
  [later.record, later.text],
]);
const sourceText = (r: Verslag) => texts.get(r);

describe('query: filters over records', () => {
  it('groups consecutive paragraphs of one speaker into one contribution, and narration into its own', () => {
    const hits = query([meeting.record]);
    expect(hits.map((h) => [h.item?.number, h.speaker?.name ?? null, h.parts.length])).toEqual([
      ['1', 'Hamer', 1],
      ['5', 'Van Selm', 2],
      ['5', 'Ëlzinga', 1],
      ['5', 'Geel', 1],
      ['5', null, 1],
    ]);
    expect(hits[1]!.text).toBe('Mevrouw Van Selm vindt dat due diligence voor elk bedrijf moet gelden.\n\nSpreekster wijst op de internationale ketens.');
  });

  it('finds a speaker by any written variant, ignoring case and accents, and by surname alone', () => {
    // A longer form that ends with a variant is the same person ("Mevrouw van Selm").
    for (const name of ['van selm', 'VAN SELM', 'Alexandra van Selm', 'selm', 'Mevrouw van Selm']) {
      expect(query(records, { speaker: name }).map((h) => h.speaker?.name), name).toEqual(['Van Selm']);
    }
    expect(query(records, { speaker: 'elzinga' }).map((h) => h.speaker?.name)).toEqual(['Ëlzinga']);
    expect(query(records, { speaker: 'voorzitter' }).map((h) => h.speaker?.name)).toEqual(['Hamer']);
    // "Selm" as a word, not as the end of any longer name.
    expect(query(records, { speaker: 'elm' })).toHaveLength(0);
  });

  it('filters by geleding, item number or title words, and date range, all together', () => {
    expect(query(records, { geleding: 'Werknemers' }).map((h) => h.speaker?.name)).toEqual(['Van Selm', 'Ëlzinga']);
    expect(query(records, { geleding: 'werkgevers' }).map((h) => h.path)).toEqual(['a.txt', 'b.txt']);
    expect(query(records, { geleding: 'werkgevers', from: '2019' }).map((h) => h.path)).toEqual(['b.txt']);
    expect(query(records, { geleding: 'werkgevers', to: '2018-02' }).map((h) => h.path)).toEqual(['a.txt']);
    expect(query(records, { item: '5', kind: 'paragraph' })).toHaveLength(6);
    expect(query(records, { item: 'internationaal mvo', speaker: 'geel' }).map((h) => h.item?.number)).toEqual(['5']);
    expect(query(records, { item: '5.', geleding: 'werknemers' })).toHaveLength(2);
  });

  it('a date range leaves out meetings without a date', () => {
    const undated = build({ items: [{ number: '1', title: 'Opening', paragraphs: [{ lines: ['Tekst.'] }] }] }).record;
    expect(query([undated], { from: '2000' })).toHaveLength(0);
    expect(query([undated])).toHaveLength(1);
  });

  it('matches a phrase across a hard wrap and a hyphenation, with the match mapped to the original lines', () => {
    const hits = query(records, { patterns: ['due diligence', 'internationale'] }, { sourceText });
    const selm = hits.find((h) => h.speaker?.name === 'Van Selm')!;
    expect(selm.matches.map((m) => m.text)).toEqual(['due diligence', 'internationale']);
    const [wrap, hyphen] = selm.matches;
    const lines = meeting.text.split('\n');
    // "due" ends line 7, "diligence" begins line 8.
    expect(wrap!.position.start).toMatchObject({ line: 7, column: 28 });
    expect(lines[6]!.slice(27)).toBe('due');
    expect(wrap!.position.end).toMatchObject({ line: 8, column: 10 });
    expect(meeting.text.slice(wrap!.position.start.offset, wrap!.position.end.offset)).toBe('due\ndiligence');
    expect(meeting.text.slice(hyphen!.position.start.offset, hyphen!.position.end.offset)).toBe('interna-\ntionale');
    expect(selm.text.slice(wrap!.start, wrap!.end)).toBe('due diligence');
  });

  it('estimates the same lines from the record alone for unindented wrapped text', () => {
    const exact = query(records, { patterns: ['diligence', 'ketens'] }, { sourceText }).flatMap((h) => h.matches.map((m) => m.position));
    const estimated = query(records, { patterns: ['diligence', 'ketens'] }).flatMap((h) => h.matches.map((m) => m.position));
    expect(estimated).toEqual(exact);
  });

  it('-F takes a pattern literally; -i and smart case choose case sensitivity', () => {
    expect(query(records, { patterns: ['vergadering.'], fixedStrings: true, kind: 'paragraph' })).toHaveLength(1);
    expect(query(records, { patterns: ['v.rgadering\\.'], kind: 'paragraph' })).toHaveLength(1);
    expect(query(records, { patterns: ['DUE'], kind: 'paragraph' })).toHaveLength(0);
    expect(query(records, { patterns: ['DUE'], ignoreCase: true, kind: 'paragraph' })).toHaveLength(2);
    expect(query(records, { patterns: ['due'], smartCase: true, kind: 'paragraph' })).toHaveLength(2);
    // Smart case: an upper-case letter makes the search case-sensitive.
    expect(query(records, { patterns: ['Due'], smartCase: true, kind: 'paragraph' })).toHaveLength(0);
  });

  it('--kind speaker tallies what each speaker says; --kind paragraph includes narration and headings', () => {
    const hits = query(records, { kind: 'speaker', item: '5' });
    expect(hits.map((h) => [h.speaker?.name, h.tally])).toEqual([
      ['Van Selm', { contributions: 1, paragraphs: 2, words: 18 }],
      ['Ëlzinga', { contributions: 1, paragraphs: 1, words: 9 }],
      ['Geel', { contributions: 1, paragraphs: 1, words: 10 }],
    ]);
    const withPattern = query(records, { kind: 'speaker', patterns: ['diligence'] });
    expect(withPattern.map((h) => [h.speaker?.name, h.parts.length])).toEqual([
      ['Van Selm', 1],
      ['Geel', 1],
    ]);
    expect(query(records, { kind: 'paragraph', patterns: ['^Sheet'] }).map((h) => h.parts[0]!.kind)).toEqual(['heading']);
  });

  it('attaches neighbouring paragraphs with context', () => {
    const [hit] = query([meeting.record], { speaker: 'elzinga' }, { context: 1 });
    expect(hit!.context!.before.map((p) => p.text)).toEqual(['Sheet 4 Trends']);
    expect(hit!.context!.after.map((p) => p.speaker?.name)).toEqual(['Geel']);
  });

  it('decisions and actions are hits of their own kind, mapped through the paragraph that holds them', () => {
    const record = structuredClone(meeting.record);
    const item = record.agenda[1]!;
    const host = item.paragraphs[5]!;
    item.decisions.push({ subject: 'advies', outcome: 'vastgesteld', unanimous: false, amended: false, text: host.text, position: host.position });
    const sentence = 'sluit zich aan bij de werknemers.';
    const elz = item.paragraphs[3]!;
    const at = elz.text.indexOf(sentence);
    item.actions.push({ who: 'Elzinga', text: sentence, position: { start: { ...elz.position.start, column: elz.position.start.column + at, offset: elz.position.start.offset + at }, end: elz.position.end } });
    const decisions = query([record], { kind: 'decision', patterns: ['vastgesteld'] });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.decision).toEqual({ subject: 'advies', outcome: 'vastgesteld', unanimous: false, amended: false });
    expect(decisions[0]!.matches[0]!.position.start.line).toBe(host.position.start.line);
    const actions = query([record], { kind: 'action', speaker: 'elzinga', patterns: ['werknemers'] }, { sourceText: () => meeting.text });
    expect(actions.map((h) => [h.speaker?.name, h.action?.who])).toEqual([['Ëlzinga', 'Elzinga']]);
    const m = actions[0]!.matches[0]!;
    expect(meeting.text.slice(m.position.start.offset, m.position.end.offset)).toBe('werknemers');
    // Decisions are nobody's words: a speaker filter leaves none.
    expect(query([record], { kind: 'decision', speaker: 'geel' })).toHaveLength(0);
  });

  it('an async iterable of records gives an async iterable of hits, in order', async () => {
    async function* parsed() {
      yield meeting.record;
      yield later.record;
    }
    const hits = [];
    for await (const hit of query(parsed(), { speaker: 'geel' })) hits.push(hit);
    expect(hits.map((h) => h.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses a bad regular expression, date or kind with a QueryError', () => {
    expect(() => query(records, { patterns: ['(unclosed'] })).toThrow(QueryError);
    expect(() => query(records, { from: '16-02-2018' })).toThrow(/not a date/);
    expect(() => query(records, { kind: 'sentence' as never })).toThrow(/unknown kind/);
  });

  it('an empty-matching pattern does not loop and reports no empty matches', () => {
    const hits = query(records, { patterns: ['x*'], kind: 'paragraph' });
    expect(hits).toHaveLength(0);
  });
});
