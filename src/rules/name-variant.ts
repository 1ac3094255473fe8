import { TUSSENVOEGSEL_WORDS } from '../parse/lexicon/names.js';
import { nameMemo } from '../parse/name-memo.js';
import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { editDistance } from './support/distance.js';
import { type Mention, mentionsOf, positionOf } from './support/mentions.js';
import { nameKey } from './support/names.js';

const variant: Text<{ actual: string; line: number; expected: string; expectedLine: number }> = {
  en: (p) => `${q(p.actual)} (line ${p.line}) looks like ${q(p.expected)} (line ${p.expectedLine}) spelt another way; expected one spelling of the name throughout`,
  nl: (p) => `${q(p.actual)} (regel ${p.line}) lijkt ${q(p.expected)} (regel ${p.expectedLine}) met een andere spelling; verwacht één spelling van de naam`,
};

const PARTICLES = TUSSENVOEGSEL_WORDS;
// Endings that make a different word, not a misspelling: plurals and adjective forms.
const INFLECTIONS = ['s', "'s", 'e', 'n', 'en'];

interface Name {
  key: string;
  written: string;
  first: string;
  particles: string;
  core: string;
  count: number;
  listed: boolean;
  full: boolean;
  /** Where it is first written. */
  earliest: Mention;
}

/**
 * One person written two ways: "Haroon Sheikh" and "Haroon Sheik". Names are compared across the
 * whole text (attendance lists, speakers, "mevrouw X", "Voornaam Achternaam"), after folding case
 * and accents, so "Van Selm" and "van Selm" are one spelling. Two names that the attendance list
 * gives as two people (Van der Veen, Van der Veer) are two people.
 */
export default defineRule({
  id: 'name-variant',
  severity: 'warn',
  description: 'A person’s name is spelt the same way throughout the verslag.',
  why: 'Search, the archive and the speaker index treat two spellings as two people; one of them is a typing error.',
  options: {
    defaults: { ignore: [] as string[], minLength: 5 },
    schema: (z) =>
      z.strictObject({
        /** Names never reported, e.g. two real people whose names differ by one letter. */
        ignore: z.array(z.string()),
        /** Shortest surname compared; shorter names differ by one letter too easily (Jong, Jonk). */
        minLength: z.number().int().min(3).max(20),
      }),
  },
  check(ctx) {
    const ignore = new Set(ctx.options.ignore.map(nameKey));
    const names = collect(mentionsOf(ctx.record));
    const persons = names.filter((n) => !n.full);
    const fullByFirst = new Map<string, Name[]>();
    for (const n of names) {
      if (!n.full) continue;
      const group = fullByFirst.get(n.first);
      if (group) group.push(n);
      else fullByFirst.set(n.first, [n]);
    }
    const reported = new Set<string>();
    const compare = (a: Name, b: Name) => {
      if (ignore.has(a.key) || ignore.has(b.key) || !isVariant(a, b, ctx.options.minLength)) return;
      const [expected, actual] = preferred(a, b);
      const id = `${actual.key}|${expected.key}`;
      if (reported.has(id)) return;
      const at = positionOf(ctx.lines, actual.earliest);
      if (!at) return;
      reported.add(id);
      const expectedAt = positionOf(ctx.lines, expected.earliest);
      ctx.report({
        message: ctx.t(variant, { actual: actual.written, line: at.start.line, expected: expected.written, expectedLine: expectedAt?.start.line ?? at.start.line }),
        position: at,
        actual: actual.written,
        expected: [expected.written],
        ...(expectedAt ? { related: [{ position: expectedAt, note: expected.written }] } : {}),
      });
    };
    // People named as people (lists, speakers, "mevrouw X") are compared with each other; a bare
    // "Voornaam Achternaam" only with pairs that share its first word, because two capitalised
    // words are as often "Tweede Kamer" as a name (and Kamer is one letter from Hamer). Pairs are
    // visited in place, not collected: a list of forty names is 780 pairs per file.
    for (let i = 0; i < persons.length; i++) for (let j = i + 1; j < persons.length; j++) compare(persons[i]!, persons[j]!);
    for (const group of fullByFirst.values()) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) compare(group[i]!, group[j]!);
  },
});

/** Distinct spellings, each with how often and where first it is written. */
function collect(mentions: Mention[]): Name[] {
  const byKey = new Map<string, Name>();
  // Stable: mentions with no place (offset Infinity) keep their order among themselves.
  const sorted = mentions.sort((x, y) => (x.offset === y.offset ? 0 : x.offset - y.offset));
  for (const m of sorted) {
    const key = nameKey(m.written);
    const known = byKey.get(key);
    if (known) {
      known.count++;
      known.listed ||= m.source === 'header';
      known.full &&= m.source === 'full';
      continue;
    }
    const { first, particles, core } = partsOf(key);
    const name: Name = {
      key,
      written: m.written,
      first,
      particles,
      core,
      count: 1,
      listed: m.source === 'header',
      full: m.source === 'full',
      earliest: m,
    };
    byKey.set(key, name);
  }
  return [...byKey.values()];
}

interface Parts {
  first: string;
  particles: string;
  core: string;
}

/**
 * "maria van der kerkhof" → first "maria", particles "van der", core "kerkhof". The same names
 * recur in every verslag of an archive; splitting each key anew per file was the largest share of
 * this rule's own time.
 */
const partsOf = nameMemo((key: string): Parts => {
  const words = key.split(' ');
  let i = words.length - 1;
  const core = words[i]!;
  while (i > 0 && PARTICLES.has(words[i - 1]!)) i--;
  return { first: words.slice(0, i).join(' '), particles: words.slice(i, -1).join(' '), core };
});

function isVariant(a: Name, b: Name, minLength: number): boolean {
  if (a.key === b.key || a.core === b.core) return false;
  // Two people the attendance list names separately are two people.
  if (a.listed && b.listed) return false;
  if (a.particles !== b.particles) return false;
  if (a.first && b.first && a.first !== b.first) return false;
  const shorter = Math.min(a.core.length, b.core.length);
  if (shorter < minLength) return false;
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  if (long.startsWith(short) && INFLECTIONS.includes(long.slice(short.length))) return false;
  const max = shorter >= 9 ? 2 : 1;
  return editDistance(a.core, b.core, max) <= max;
}

/** The spelling to keep: the attendance list's, else the commoner, else the first written. */
function preferred(a: Name, b: Name): [Name, Name] {
  if (a.listed !== b.listed) return a.listed ? [a, b] : [b, a];
  if (a.count !== b.count) return a.count > b.count ? [a, b] : [b, a];
  return a.earliest.offset <= b.earliest.offset ? [a, b] : [b, a];
}
