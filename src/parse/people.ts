import type { PersonRef } from '../model/index.js';
import { type Lines, pointAt } from '../source/index.js';
import { stripEmphasis } from './inline.js';
import { ROLE_WORDS } from './lexicon/structure.js';

const ROLE_SET = new Set(ROLE_WORDS);
const LEADING_HONORIFIC = /^(?:de heer|dhr\.?|mevrouw|mw\.?|mevr\.?|mr\.?|dr\.?|prof\.?|ir\.?|drs\.?)\s+/i;
// The letters LEADING_HONORIFIC can begin with.
const HONORIFIC_INITIALS = 'dDmMpPiI';
const MORE_THAN_SINGLE_SPACES = /\s\s|[^\S ]/;
const ASCII_LETTER = /[a-z]/i;
// Blanks and then a capital (so not " - role"): where the next name starts.
const NAME_AFTER_BRACKET = /[ \t]+(?=\p{Lu})/uy;

/**
 * Split an attendance value into people: "De Boer, Boufangacha, Kuik (AV-ondersteuning),
 * Van Driel (secretaresse) Jansen (notulist)". Separators are commas, semicolons and a final " en ";
 * a closing parenthesis followed by a capital also separates (the missing-comma case).
 * `offset` is where `value` starts in the source, so each person keeps an exact position.
 */
export function splitPeople(value: string, offset: number, lines: Lines): PersonRef[] {
  const people: PersonRef[] = [];
  const parts: Array<{ text: string; at: number }> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const text = value.slice(start, end);
    const lead = text.length - text.trimStart().length;
    if (text.trim()) parts.push({ text: text.trim(), at: start + lead });
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      depth = Math.max(0, depth - 1);
      // "(secretaresse) Jansen": a new name starts after the bracket without a comma.
      NAME_AFTER_BRACKET.lastIndex = i + 1;
      if (depth === 0 && NAME_AFTER_BRACKET.test(value)) {
        push(i + 1);
        start = i + 1;
      }
    } else if (depth === 0 && (c === ',' || c === ';')) {
      push(i);
      start = i + 1;
    } else if (depth === 0 && value.startsWith(' en ', i)) {
      push(i);
      start = i + 4;
      i += 3;
    }
  }
  push(value.length);
  for (const part of parts) {
    const person = readPerson(part.text, offset + part.at, lines);
    if (person) people.push(person);
  }
  return people;
}

/** One person: "Kuik (AV-ondersteuning)", "Martin van der Plas (Logius - voorzitter)", "Edwin Martin (notuleert)". */
export function readPerson(text: string, offset: number, lines: Lines): PersonRef | undefined {
  const extras: string[] = [];
  let name = text;
  // Parenthesised parts anywhere, then a trailing " - role -" part.
  // Most names have neither part: the checks spare them two regexes each.
  if (name.includes('(')) {
    name = name.replace(/\(([^()]*)\)/g, (_, inner: string) => {
      extras.push(...inner.split(/\s+-\s+|,\s*/));
      return ' ';
    });
  }
  const dash = name.includes('-') || name.includes('–') ? /\s[-–]\s(.*)$/.exec(name) : null;
  if (dash) {
    extras.push(...dash[1]!.split(/\s+[-–]\s*|\s*[-–]$/));
    name = name.slice(0, dash.index);
  }
  name = stripEmphasis(name);
  // Most names are single-spaced already, begin with no honorific and with a plain letter: the
  // checks spare them three regexes each (attendance lists run to dozens of names per file).
  if (MORE_THAN_SINGLE_SPACES.test(name)) name = name.replace(/\s+/g, ' ');
  name = name.trim();
  // Leading honorifics are not part of the name.
  if (HONORIFIC_INITIALS.includes(name.charAt(0))) name = name.replace(LEADING_HONORIFIC, '');
  if (!name || name.length > 80 || !(ASCII_LETTER.test(name.charAt(0)) || /\p{L}/u.test(name))) return undefined;
  const person: PersonRef = { name };
  for (const raw of extras) {
    const extra = stripEmphasis(raw).trim();
    if (!extra) continue;
    if (isRole(extra)) person.role = person.role ? `${person.role}, ${extra}` : extra;
    else if (!person.organisation) person.organisation = extra;
  }
  const end = offset + text.length;
  person.position = { start: pointAt(lines, offset), end: pointAt(lines, end) };
  return person;
}

export function isRole(s: string): boolean {
  const lower = s.toLowerCase();
  if (ROLE_SET.has(lower)) return true;
  return ROLE_WORDS.some((w) => w.length > 3 && lower.includes(w));
}
