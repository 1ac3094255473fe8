import fc from 'fast-check';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentStamp, sizeOfStamp } from '../../../src/archive/file-stamp.js';
import { ParagraphKind } from '../../../src/model/index.js';
import { countWords } from '../../../src/query/fold.js';
import { KINDS } from '../../../src/query/index/layout.js';
import { pointByStarts } from '../../../src/source/lines.js';
import { compilePatterns } from '../../../src/query/pattern.js';
import { splitLines } from '../../../src/source/index.js';

describe('query index pieces', () => {
  it("reads a stamp's size: its third field, for real stamps and any numbers", () => {
    const real = currentStamp(fileURLToPath(import.meta.url))!;
    expect(sizeOfStamp(real)).toBe(Number(real.split('.')[2]));
    expect(sizeOfStamp(real)).toBe(statSync(fileURLToPath(import.meta.url)).size);
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n }), { minLength: 5, maxLength: 5 }), (fields) => {
        const stamp = fields.join('.');
        expect(sizeOfStamp(stamp)).toBe(Number(stamp.split('.')[2]));
      }),
    );
  });

  it('numbers every paragraph kind of the model', () => {
    expect([...KINDS]).toEqual(ParagraphKind.options);
  });

  it('calls a pattern local only without anchors and lookaround', () => {
    const local = (p: string, o = {}) => compilePatterns([p], o)!.local;
    expect(['kleine bedrijven', '\\bwet\\b', 'a[\\s\\S]*b', 'x*', '\\^', '\\$1', '(?<year>\\d{4})', '(a)\\1'].map((p) => local(p))).toEqual([true, true, true, true, true, true, true, true]);
    expect(['^De', 'end$', '(?=a)b', '(?!a)b', '(?<=de )raad', '(?<!de )raad', '[^a]'].map((p) => local(p))).toEqual([false, false, false, false, false, false, false]);
    // -F escapes everything.
    expect(local('^a$', { fixedStrings: true })).toBe(true);
  });

  it('gives plain strings for a byte search only when case counts and nothing is syntax', () => {
    const literals = (patterns: string[], o = {}) => compilePatterns(patterns, o)!.literals;
    expect(literals(['kleine bedrijven', 'R/2960'])).toEqual(['kleine bedrijven', 'R/2960']);
    expect(literals(['dhr.', '(R/'], { fixedStrings: true })).toEqual(['dhr.', '(R/']);
    expect([literals(['dhr.']), literals(['advies'], { ignoreCase: true }), literals(['advies'], { smartCase: true }), literals(['a\nb'], { fixedStrings: true })]).toEqual([undefined, undefined, undefined, undefined]);
    expect(literals(['Advies'], { smartCase: true })).toEqual(['Advies']);
  });

  it('counts words as /\\S+/g does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u3000', '\u200b', '😀', 'x') }), (s) => {
        expect(countWords(s)).toBe(s.match(/\S+/g)?.length ?? 0);
      }),
    );
  });

  it('finds the point of an offset from the Int32Array of line starts the index stores', () => {
    const text = 'een\r\ntwee\n\ndrie\rvier';
    const starts = Int32Array.from(splitLines(text).starts);
    expect([0, 3, 5, 9, 10, 11, 15, 16, 19].map((o) => pointByStarts(starts, o)).map((p) => `${p.line}:${p.column}`)).toEqual([
      '1:1', '1:4', '2:1', '2:5', '3:1', '4:1', '4:5', '5:1', '5:4',
    ]);
  });
});

describe('index offsets', () => {
  it('align past 2^31, where 32-bit bitwise arithmetic would wrap', async () => {
    const { align4, align8 } = await import('../../../src/query/index/store.js');
    const big = 2 ** 31 + 1;
    expect(align4(big)).toBe(2 ** 31 + 4);
    expect(align8(big)).toBe(2 ** 31 + 8);
    expect(align4(5 * 2 ** 30)).toBe(5 * 2 ** 30);
    expect([0, 1, 4, 5].map(align4)).toEqual([0, 4, 4, 8]);
    expect([0, 1, 8, 9].map(align8)).toEqual([0, 8, 8, 16]);
  });
});
