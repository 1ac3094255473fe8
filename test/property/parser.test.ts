import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';
import { asProperty, hasSchema, PROPERTIES } from '../fuzz/properties.js';
import { checkInvariants } from '../helpers/invariants.js';

// A small, fixed-seed sample of what `npm run fuzz` runs at length: enough to catch a regression in
// `npm test` within a second or two. A failure prints the shrunk input and the broken invariant.
const RUNS_PER_WEIGHT = 30;
const SEED = 20_180_216;

describe(`the parser is total on any input${hasSchema() ? ' (and the JSON validates against the schema)' : ''}`, () => {
  for (const p of PROPERTIES) {
    it(`${p.name}: returns a record whose invariants hold`, () => {
      fc.assert(asProperty(p), { numRuns: RUNS_PER_WEIGHT * p.weight, seed: SEED });
    });
  }
});

// The shrunk counterexamples the fuzz has found, kept so they never come back.
describe('inputs the fuzz found', () => {
  it('a list marker with nothing after it ("1. ", "*\\t") is kept as text, not an empty item that ends before it starts', () => {
    for (const [text, kept] of [['1. \n', '1.'], ['*\t', '*'], ['Opening\n- \n', '-']] as const) {
      const record = parseText(text);
      expect(checkInvariants(record, text)).toEqual([]);
      expect(record.front.map((p) => p.text)).toContain(kept);
    }
  });

  it('an empty quote line ("> ") is an empty quote paragraph with an empty span', () => {
    const record = parseText('> \n');
    expect(checkInvariants(record, '> \n')).toEqual([]);
    expect(record.front[0]).toMatchObject({ kind: 'quote', text: '', position: { start: { offset: 1 }, end: { offset: 1 } } });
  });

  it('an empty numbered line inside an agenda item', () => {
    const text = '1.  1. Opening\n1. \nMevrouw';
    expect(checkInvariants(parseText(text), text)).toEqual([]);
  });
});
