/**
 * How Dutch minutes write a person: an honorific, perhaps a first name, tussenvoegsels and a
 * surname ("de heer Van der Horst", "mevrouw van Selm", "Alexandra van Selm", "Gunning-Schepers").
 * Each pattern is a small piece of a regex; no piece can match the empty string or overlap with
 * the next, so the combined patterns stay linear.
 */
import { nameMemo } from '../name-memo.js';

/** Honorifics as written → the canonical honorific kept on the Speaker. */
export const HONORIFICS: Array<[RegExp, string]> = [
  [/^(?:de heer|heer|dhr\.?)$/i, 'de heer'],
  [/^(?:mevrouw|mw\.?|mevr\.?)$/i, 'mevrouw'],
];

export const HONORIFIC = String.raw`(?:[Dd]e heer|[Mm]evrouw|[Dd]hr\.|[Mm]w\.|[Mm]evr\.)`;

/** The tussenvoegsel words, lower case: one list for the parser, the rules and the archive. */
export const TUSSENVOEGSEL_WORDS: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'uit', 'la', 'le', 'du', 'von', "d'"]);

/** Tussenvoegsels, longest first so "van der" wins over "van". */
export const TUSSENVOEGSEL = String.raw`(?:[Vv]an (?:de[rn]?|het|'t) |[Vv]an |[Dd]e |[Tt]e[rn]? |[Ii]n 't |[Oo]p de[n]? |[Uu]it de[n]? |[Ll][ae] |[Dd]u |[Vv]on |[Dd]')`;

/** One capitalised surname word, possibly double-barrelled: "Putters", "Gunning-Schepers", "O'Neill". */
export const SURNAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}'’]+)?`;

/** A surname with its tussenvoegsels: "Van der Veen", "van Selm", "Ter Weel". */
export const SURNAME = String.raw`${TUSSENVOEGSEL}?${SURNAME_WORD}`;

/** A first name: one capitalised word (not a tussenvoegsel). */
export const FIRST_NAME = String.raw`\p{Lu}\p{Ll}+`;

/** Words that look like names at the start of a sentence but are not people. */
export const NOT_A_NAME = new Set([
  'Spreker', 'Spreekster', 'Hij', 'Zij', 'Ze', 'Het', 'De', 'Een', 'Dit', 'Dat', 'Deze', 'Die', 'Er', 'Ook', 'Zo',
  'Voorzitter', 'Raad', 'SER', 'Commissie', 'Kabinet', 'Nederland', 'Europa', 'Verder', 'Daarnaast', 'Wel',
]);

/** "de heer" / "dhr." / … → canonical honorific. */
export function canonicalHonorific(written: string): string | undefined {
  const w = written.trim();
  for (const [re, h] of HONORIFICS) if (re.test(w)) return h;
  return undefined;
}

/** "van Selm" → "Van Selm": the form a sentence starts with, which the record keeps. */
export function capitaliseName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A key that is the same for every way of writing one surname: case, accents and spaces folded. */
export const nameKey = nameMemo(computeNameKey);

function computeNameKey(name: string): string {
  // Plain ASCII names need no accent folding.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
