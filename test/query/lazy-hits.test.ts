import { describe, expect, it } from 'vitest';
import { query, type QueryFilters } from '../../src/index.js';
import { compileQuery } from '../../src/query/filters.js';
import { makeHit } from '../../src/query/hit.js';
import { makeLocate } from '../../src/query/locate.js';
import { formatTextHit, type TextStyle } from '../../src/query/output/text.js';
import { paragraphPart } from '../../src/query/parts.js';
import { splitLines } from '../../src/source/index.js';
import { build } from './build.js';

const speakers = [{ id: 'a', name: 'Jansen', variants: ['Jansen'], geleding: 'werk\u001bnemers' }];
const built = build({
  path: 'a\u0007.txt',
  date: '2019-01-01',
  speakers,
  items: [
    {
      number: '1',
      title: 'Opening \u202eomgekeerd',
      paragraphs: [
        { lines: ['De voorzitter opent de vergadering.'] },
        { lines: ['De heer Jansen spreekt \u001b[2J over kleine', 'bedrijven en over kleine bedrijven.'], speaker: 'a' },
        { lines: ['Hij vervolgt over kleine bedrijven.'], speaker: 'a' },
        { lines: ['Het advies wordt vastgesteld.'] },
      ],
    },
  ],
});
const sourceText = () => built.text;
/** The styles of formatTextHit, each drawing nothing: the output must be the plain one. */
const IDENTITY: TextStyle = { match: (s) => s, header: (s) => s, context: (s) => s };

describe('hits: worked out when needed, the same when written', () => {
  it('plain text is the text with styles that draw nothing (escaped in one go, matches never asked for)', () => {
    const cases: Array<[QueryFilters, number]> = [
      [{ patterns: ['kleine bedrijven'] }, 1],
      [{ kind: 'paragraph', patterns: ['vergadering', 'bedrijven'] }, 2],
      [{ kind: 'speaker', patterns: ['kleine'] }, 0],
    ];
    for (const [filters, context] of cases) {
      const hits = query([built.record], filters, { context, sourceText });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        const plain = formatTextHit(hit);
        expect(plain).toBe(formatTextHit(hit, IDENTITY));
        // Escaped, not obeyed.
        for (const c of ['\u001b', '\u0007', '\u202e']) expect(plain).not.toContain(c);
      }
    }
  });

  it('a library user gets plain data: text, matches and words are values, kept by JSON', () => {
    const [hit] = query([built.record], { patterns: ['kleine bedrijven'] }, { sourceText });
    for (const key of ['text', 'matches', 'words'] as const) expect(Object.getOwnPropertyDescriptor(hit, key)?.value, key).toBeDefined();
    expect(JSON.parse(JSON.stringify(hit))).toEqual(hit);
    expect(hit!.matches).toHaveLength(3);
  });

  it('a lazy hit works out the same text, matches and words as an eager one', () => {
    const { find } = compileQuery({ patterns: ['kleine\\s+bedrijven', 'advies'] });
    const paragraphs = built.record.agenda[0]!.paragraphs;
    const lines = splitLines(built.text);
    const make = (lazy: boolean) =>
      makeHit({ path: 'a.txt', date: null, find, locate: () => makeLocate(lines), lazy }, 'contribution', null, null, paragraphs.map(paragraphPart), paragraphs[0]!.position)!;
    const eager = make(false);
    const lazy = make(true);
    expect(eager.matches.length).toBe(4);
    expect({ text: lazy.text, matches: lazy.matches, words: lazy.words, position: lazy.position, parts: lazy.parts }).toEqual({
      text: eager.text,
      matches: eager.matches,
      words: eager.words,
      position: eager.position,
      parts: eager.parts,
    });
    // A part with no match of its own still gets its offset in the hit's text.
    expect(lazy.parts.map((p) => p.textOffset)).toEqual(eager.parts.map((p) => p.textOffset));
  });

  it('no match in any part: no hit', () => {
    const { find } = compileQuery({ patterns: ['nergens'] });
    const p = built.record.agenda[0]!.paragraphs[0]!;
    expect(makeHit({ path: 'a.txt', date: null, find, locate: () => makeLocate(), lazy: true }, 'paragraph', null, null, [paragraphPart(p)], p.position)).toBeUndefined();
  });
});
