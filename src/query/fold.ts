/**
 * A key that is the same however a name or word is written: case, accents (é → e), curly
 * apostrophes and runs of white space folded. Used for speaker, geleding and item-title filters.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Runs of non-blank characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
