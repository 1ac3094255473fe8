import { nameKey } from '../parse/lexicon/names.js';

/**
 * A key that is the same however a name or word is written: case, accents (é → e), curly
 * apostrophes and runs of white space folded — the parser's own name key. Used for speaker,
 * geleding and item-title filters.
 */
export const fold = nameKey;

/** Runs of non-blank characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
