import type { Paragraph, Position, Verslag } from '../../model/index.js';
import { HONORIFIC, NOT_A_NAME } from '../../parse/lexicon/names.js';
import { type Lines, sourceOffsetOf } from '../../source/index.js';
import { paragraphsOf, spanInParagraph } from './positions.js';

/** One place where the text writes a person's name. */
export interface Mention {
  written: string;
  /** `header`: an attendance list; `speaker`: the parser's speaker names; `honorific`: "mevrouw X"; `full`: "Haroon Sheikh". */
  source: 'header' | 'speaker' | 'honorific' | 'full';
  /** Source offset of its first character; Infinity when the record gives it no place. */
  offset: number;
  /** Its place when the record gave one (header, speaker). */
  at?: Position;
  /** Else the paragraph and index it was found at: `positionOf` works the place out on demand. */
  paragraph?: Paragraph;
  index: number;
}

/**
 * Where a mention stands in the file. Worked out only for the few names a rule reports: a
 * position per mention (two binary searches and three objects) was a third of name-variant's time.
 */
export function positionOf(lines: Lines, m: Mention): Position | undefined {
  return m.at ?? (m.paragraph ? spanInParagraph(lines, m.paragraph, m.index, m.written.length) : undefined);
}

// Tussenvoegsels as they stand inside a name, either case ("Van der Veen", "van Selm").
const PARTICLE = /^(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Hh]et|'t|[Tt]er|[Tt]en|[Tt]e|[Ii]n|[Oo]p|[Uu]it|[Ll]a|[Ll]e|[Dd]u|[Vv]on|d')$/;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const AFTER_HONORIFIC = new RegExp(String.raw`\b${HONORIFIC}\s+`, 'gu');
// A first name and a surname with no honorific: "Haroon Sheikh", "Febe de Jong".
const FULL_NAME = /(?<![\p{L}-])(\p{Lu}\p{Ll}{1,15}) ((?:(?:van|de|der|den|ter|ten) ){0,2}\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu;
// Paragraph kinds that hold running text.
const TEXT_KINDS = new Set<Paragraph['kind']>(['text', 'list', 'heading', 'quote', 'footnote']);
const MAX_NAME_WORDS = 5;
// Capitalised words that start sentences and titles, never first names.
const NOT_A_FIRST_NAME = new Set([
  ...NOT_A_NAME, 'Een', 'Als', 'Bij', 'Na', 'Naar', 'Om', 'Op', 'Over', 'Tot', 'Uit', 'Onder', 'Met', 'Voor', 'Maar', 'En', 'Want', 'Toch',
  'Niet', 'Sinds', 'Volgens', 'Daarom', 'Daarna', 'Vervolgens', 'Inmiddels', 'Tevens', 'Tijdens', 'Namens', 'Vanuit', 'Wat', 'Hoe', 'Waar', 'Wie', 'Welke', 'Mevrouw', 'Heer', 'Geachte', 'Beste',
]);

/** The name after an honorific: capitalised words and tussenvoegsels, trailing particles dropped. */
export function nameAfter(text: string, start: number): string | undefined {
  const words: string[] = [];
  const re = /[^\s,.;:!?()"“”‘’]+/gy;
  re.lastIndex = start;
  for (let m = re.exec(text); m && words.length < MAX_NAME_WORDS; m = re.exec(text)) {
    const w = m[0];
    if (!NAME_WORD.test(w) && !PARTICLE.test(w)) break;
    words.push(w);
    // Only a single blank continues a name; punctuation ends it.
    if (text[re.lastIndex] !== ' ') break;
    re.lastIndex++;
  }
  while (words.length > 0 && PARTICLE.test(words[words.length - 1]!)) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

/** Every written name in the verslag: attendance lists, speakers, "mevrouw X", "Voornaam Achternaam". */
export function mentionsOf(record: Verslag): Mention[] {
  const out: Mention[] = [];
  const placed = (written: string, source: Mention['source'], at: Position | undefined): Mention =>
    at ? { written, source, offset: at.start.offset, at, index: 0 } : { written, source, offset: Infinity, index: 0 };
  const m = record.meeting;
  for (const people of [m.present, m.absent, m.secretariat, m.chair ? [m.chair] : []]) {
    for (const p of people) out.push(placed(p.name, 'header', p.position));
  }
  for (const s of record.speakers) {
    for (const written of new Set([s.name, ...s.variants])) out.push(placed(written, 'speaker', s.position));
  }
  const found = (written: string, source: Mention['source'], paragraph: Paragraph, index: number): Mention => ({
    written,
    source,
    offset: sourceOffsetOf(paragraph.segments, index),
    paragraph,
    index,
  });
  for (const { paragraph } of paragraphsOf(record)) {
    if (!TEXT_KINDS.has(paragraph.kind)) continue;
    const text = paragraph.text;
    AFTER_HONORIFIC.lastIndex = 0;
    for (let h = AFTER_HONORIFIC.exec(text); h; h = AFTER_HONORIFIC.exec(text)) {
      const start = h.index + h[0].length;
      const written = nameAfter(text, start);
      if (written) out.push(found(written, 'honorific', paragraph, start));
    }
    FULL_NAME.lastIndex = 0;
    for (let f = FULL_NAME.exec(text); f; f = FULL_NAME.exec(text)) {
      // Overlapping pairs: "Volgens Maria Kerkhof" holds "Maria Kerkhof" too.
      FULL_NAME.lastIndex = f.index + f[1]!.length + 1;
      // "De Nederlandse", "Het Energieakkoord": a sentence start, not a first name.
      if (NOT_A_FIRST_NAME.has(f[1]!) || PARTICLE.test(f[1]!)) continue;
      out.push(found(f[0], 'full', paragraph, f.index));
    }
  }
  return out;
}
