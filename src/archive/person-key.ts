import { nameKey, TUSSENVOEGSEL_WORDS } from '../parse/lexicon/names.js';
// Tussenvoegsels are capitalised when no first name precedes them ("Van der Veen", "mevrouw van
// Selm"): a difference there is convention, not a different spelling.
const LEADING_TUSSENVOEGSELS = new RegExp(`^(?:(?:${[...TUSSENVOEGSEL_WORDS].join('|')})\\s+)+`, 'i');

// An archive names the same few hundred people tens of thousands of times: fold each name once.
const spellings = new Map<string, string>();

/** The form two spellings are compared in: tussenvoegsels lower case, spaces collapsed. */
export function spellingOf(name: string): string {
  let out = spellings.get(name);
  if (out === undefined) {
    out = name.replace(/\s+/g, ' ').trim().replace(LEADING_TUSSENVOEGSELS, (t) => t.toLowerCase());
    spellings.set(name, out);
  }
  return out;
}

/**
 * A key that is the same for every way of writing one name: case, accents, spaces, hyphens,
 * apostrophes and dots folded ("Gunning-Schepers", "Gunning Schepers", "gunningschepers").
 */
export function personKey(name: string): string {
  let out = keys.get(name);
  if (out === undefined) keys.set(name, (out = fold(name)));
  return out;
}

const keys = new Map<string, string>();

/** The parser's name key with spaces, hyphens, apostrophes and dots taken out as well. */
function fold(name: string): string {
  return nameKey(name).replace(/[\s\-'.]/g, '');
}

/** Every string one deletion away from `key` (with `key` itself): equal entries mean edit distance ≤ 1. */
export function deletionNeighbours(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
