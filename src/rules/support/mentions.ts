import type { Paragraph, Position, Verslag } from '../../model/index.js';
import { HONORIFIC, NOT_A_NAME } from '../../parse/lexicon/names.js';
import type { Lines } from '../../source/index.js';
import { paragraphsOf, spanInParagraph } from './positions.js';

/** One place where the text writes a person's name. */
export interface Mention {
  written: string;
  position?: Position;
  /** `header`: an attendance list; `speaker`: the parser's speaker names; `honorific`: "mevrouw X"; `full`: "Haroon Sheikh". */
  source: 'header' | 'speaker' | 'honorific' | 'full';
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
export function mentionsOf(record: Verslag, lines: Lines): Mention[] {
  const out: Mention[] = [];
  const m = record.meeting;
  for (const p of [...m.present, ...m.absent, ...m.secretariat, ...(m.chair ? [m.chair] : [])]) {
    out.push({ written: p.name, ...(p.position ? { position: p.position } : {}), source: 'header' });
  }
  for (const s of record.speakers) {
    for (const written of new Set([s.name, ...s.variants])) out.push({ written, ...(s.position ? { position: s.position } : {}), source: 'speaker' });
  }
  for (const { paragraph } of paragraphsOf(record)) {
    if (!TEXT_KINDS.has(paragraph.kind)) continue;
    const text = paragraph.text;
    AFTER_HONORIFIC.lastIndex = 0;
    for (let h = AFTER_HONORIFIC.exec(text); h; h = AFTER_HONORIFIC.exec(text)) {
      const start = h.index + h[0].length;
      const written = nameAfter(text, start);
      if (written) out.push({ written, position: spanInParagraph(lines, paragraph, start, written.length), source: 'honorific' });
    }
    FULL_NAME.lastIndex = 0;
    for (let f = FULL_NAME.exec(text); f; f = FULL_NAME.exec(text)) {
      // Overlapping pairs: "Volgens Maria Kerkhof" holds "Maria Kerkhof" too.
      FULL_NAME.lastIndex = f.index + f[1]!.length + 1;
      // "De Nederlandse", "Het Energieakkoord": a sentence start, not a first name.
      if (NOT_A_FIRST_NAME.has(f[1]!) || PARTICLE.test(f[1]!)) continue;
      out.push({ written: f[0], position: spanInParagraph(lines, paragraph, f.index, f[0].length), source: 'full' });
    }
  }
  return out;
}
