import { nameKey } from '../parse/lexicon/names.js';

/**
 * A key that is the same however a name or word is written: case, accents (é → e), curly
 * apostrophes and runs of white space folded — the parser's own name key. Used for speaker,
 * geleding and item-title filters.
 */
export const fold = nameKey;

/**
 * Runs of non-blank characters (what `/\S+/g` finds), counted without building them: it runs once
 * per hit, over all of the hit's text.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlank(text.charCodeAt(i));
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words;
}

/** JavaScript's `\s`: white space and line terminators (ECMA-262 WhiteSpace, LineTerminator). */
function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
