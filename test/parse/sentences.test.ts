import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/parse/sentences.js';

/** The rule in its plainest form, one character at a time: the model the fast version must equal. */
function model(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!'.!?'.includes(text[i]!)) continue;
    let j = i + 1;
    while (j < text.length && '"”’\')]'.includes(text[j]!)) j++;
    if (j >= text.length) break;
    if (text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k < text.length && !/[\p{Lu}\d“"'‘(]/u.test(text[k]!)) continue;
    out.push({ text: text.slice(start, j), index: start });
    start = k;
    i = k - 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}

describe('sentences', () => {
  it('ends a sentence at . ! or ? before a blank and a capital, a digit or an opening quote', () => {
    expect(sentences('De heer Kamp is het eens. Hij wijst op het verslag van jl. maandag! "Zo?" (Ja.) 2 punten.').map((s) => s.text)).toEqual([
      'De heer Kamp is het eens.',
      'Hij wijst op het verslag van jl. maandag!',
      '"Zo?"',
      '(Ja.)',
      '2 punten.',
    ]);
  });

  it('keeps each sentence’s offset in the paragraph', () => {
    const text = 'Eén.  Twee?  Drie';
    for (const s of sentences(text)) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });

  it('equals the character-by-character model on any text of stops, quotes, blanks and letters', () => {
    const chars = fc.constantFrom('.', '!', '?', ' ', ' ', 'a', 'B', '1', '"', '”', '’', ')', ']', 'é', '(', '“', 'x');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(sentences(text)).toEqual(model(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
