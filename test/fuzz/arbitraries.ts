import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { Roster } from '../../src/index.js';
import { FIXTURES, SHARED } from '../helpers/fixtures.js';

/**
 * Generators shared by the property tests (`npm test`, a small sample) and `npm run fuzz` (many
 * cases). Four families: random text, text assembled from the pieces the parser looks for,
 * mutations of real minutes, and random bytes.
 */

/** Real inputs to mutate: the fixtures, and ../shared/corpus when it is beside the checkout. */
export const SAMPLES: ReadonlyArray<{ name: string; text: string }> = loadSamples();

function loadSamples(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const parse = join(FIXTURES, 'parse');
  for (const d of readdirSync(parse).sort()) {
    const input = readdirSync(join(parse, d)).find((f) => f.startsWith('input.'));
    if (input) out.push({ name: `fixtures/parse/${d}/${input}`, text: readFileSync(join(parse, d, input), 'utf8') });
  }
  const corpus = join(SHARED, 'corpus');
  if (existsSync(corpus)) {
    for (const d of readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const f of readdirSync(join(corpus, d.name)).sort()) {
        out.push({ name: `corpus/${d.name}/${f}`, text: readFileSync(join(corpus, d.name, f), 'utf8') });
      }
    }
  }
  return out;
}

/**
 * Pieces of text the parser gives meaning to (markers, header keys, speech verbs, decision words,
 * Markdown), and pieces that have broken parsers before (controls, lone surrogates, BOMs, huge
 * numbers). Dutch here is data: it is what the minutes say.
 */
export const FRAGMENTS = [
  // structure
  '1. ', '2. ', '5a. ', '12. ', '99. ', '1) ', '1\t', '0. ', '3.', '10a ', 'Agendapunt 4', 'Punt 3: ',
  '# ', '## ', '###### ', '####### ', '---', '===', '***', '- ', '* ', '+ ', '• ', '— ', '> ', '```', '~~~',
  '| ', ' |', '| --- | --- |', '|', '<br>', '<?xml version="1.0"?>', '<p>', '[^1]: ', '[^1]', '¹ ', '²', '³⁴',
  '**', '*', '_', '__', '`', '\\', '[', ']', '(', ')', '{', '}', ':', ';', '.', ',', '…', '?', '!',
  '12', '- 12 -', 'Pagina 3 van 10', '3 / 10',
  // header block
  'Vergadering:\t', 'Datum en tijd:\t', 'Datum:', 'Plaats:\t', 'Aanwezig:\t', 'Aanwezig:', 'Voorzitter:\t',
  'Secretariaat:\t', 'Verhinderd:\t', 'Afwezig met kennisgeving:', '**Aanwezig:** ', '- Aanwezig: ', 'Notulist: ',
  '16 februari 2018, 10:15 uur', 'vrijdag 19 juni 2020', 'maandag 31 februari 2021', '19 januari jl.',
  '10:15', '25:99', '12.00 uur', 'tot 12:00', '2018-02-16', '99-99-9999', 'VERSLAG', 'Notulen', 'Verslag van de 714e raadsvergadering',
  'Verslag van de 999999999999999999999e vergadering', '(notulist)', '(voorzitter)', '(AV-ondersteuning)',
  // people and speech
  'De heer ', 'de heer ', 'Mevrouw ', 'mevrouw ', 'Mw. ', 'Dhr. ', 'De voorzitter ', 'de voorzitter', 'Van Selm',
  'van Selm', 'De Leeuw', 'Nijpels', '*Nijpels*', 'Anneke Sinnema', 'Jansen', "'t Hart", 'O\'Neill', 'Ŀŀ',
  'zegt', 'merkt op', 'vraagt', 'antwoordt', 'stelt voor', 'zegt toe', 'aldus', 'sprekend namens de werknemers',
  'namens de werkgevers', 'kroonlid namens het CPB', 'vanuit het FNV', 'Werknemersgeleding', 'ondernemers',
  // decisions and actions
  'Het verslag wordt ongewijzigd vastgesteld.', 'De raad stemt in met het advies.', 'aangenomen', 'verworpen',
  'unaniem', 'met 12 stemmen voor en 3 tegen', 'aangehouden', 'Besluit:', 'Actie:', 'Actiepunt', 'wordt gevraagd',
  'R/2961', 'SER/123', 'Opening', 'Sluiting', 'Rondvraag', 'Mededelingen', 'Vaststelling agenda',
  'De voorzitter sluit de vergadering om 12:00 uur.', 'De voorzitter opent de vergadering.',
  // words broken across lines, soft hyphens, odd spaces and characters
  'ver-', 'ge-', '-', '\u00ad', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u202e', '\u2066', '\x1b[2J', '\x1b',
  '\f', '\v', '\x7f', '\x85', '\u2028', '\u2029', '\ud800', '\udc00', '\udbff\udfff', '😀', '👩‍👩‍👧', 'é', 'ĳ', 'Ĳ',
  'ß', 'İ', 'ﬁ', 'e\u0301', '–', '—', '“', '”', '‘', '’', '€', '  ', '\t', ' ', '  \t ',
] as const;

const LINE_ENDINGS = ['\n', '\r\n', '\r'] as const;

/** One fragment, or a short random string (any UTF-16 code units, lone surrogates included). */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit(), maxLength: 4 }) },
);

function codeUnit(): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
}

/** A line assembled from fragments. */
export const pieceLine: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));

/** A document of such lines with random (and mixed) line endings. */
export const pieceText: fc.Arbitrary<string> = fc
  .array(fc.tuple(pieceLine, fc.constantFrom(...LINE_ENDINGS)), { maxLength: 40 })
  .map((lines) => lines.map(([l, e]) => l + e).join(''));

/** Any string: printable, all of Unicode, and single UTF-16 code units (lone surrogates). */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit(), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('\n', '\r', ' ', '\t', '1', '.', '*', '#', '|', '-', ':', 'a', 'A'), maxLength: 300 }),
);

/** What can be done to a document's lines. Indices are taken modulo the line count. */
export type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'shuffle'; at: number; order: number[] }
  | { op: 'insert-chars'; at: number; column: number; text: string }
  | { op: 'insert-line'; at: number; text: string }
  | { op: 'join'; at: number }
  | { op: 'split'; at: number; column: number }
  | { op: 'endings'; pattern: string[] }
  | { op: 'blank-lines'; at: number; count: number }
  | { op: 'truncate'; at: number; column: number };

const index = fc.nat({ max: 100_000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: index, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: index, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('swap' as const), a: index, b: index }),
  fc.record({ op: fc.constant('shuffle' as const), at: index, order: fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 12 }) }),
  fc.record({ op: fc.constant('insert-chars' as const), at: index, column: index, text: fragment }),
  fc.record({ op: fc.constant('insert-line' as const), at: index, text: pieceLine }),
  fc.record({ op: fc.constant('join' as const), at: index }),
  fc.record({ op: fc.constant('split' as const), at: index, column: index }),
  fc.record({ op: fc.constant('endings' as const), pattern: fc.array(fc.constantFrom(...LINE_ENDINGS), { minLength: 1, maxLength: 5 }) }),
  fc.record({ op: fc.constant('blank-lines' as const), at: index, count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: index, column: index }),
);

/** A window of a real sample (whole files now and then), before mutation. */
export interface Excerpt {
  sample: number;
  /** First line of the window; `lines` 0 means the whole file. */
  from: number;
  lines: number;
}

export const excerpt: fc.Arbitrary<Excerpt> = fc.record({
  sample: fc.nat({ max: SAMPLES.length - 1 }),
  from: index,
  lines: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 1, max: 120 }) }),
});

/** A real sample, cut and then mutated: the text the parser will see. */
export const mutatedSample: fc.Arbitrary<{ excerpt: Excerpt; mutations: Mutation[] }> = fc.record({
  excerpt,
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
});

export function applyMutations(e: Excerpt, mutations: readonly Mutation[]): string {
  const all = SAMPLES[e.sample]!.text.split(/\r\n|\r|\n/);
  const from = e.lines === 0 ? 0 : e.from % all.length;
  let lines = e.lines === 0 ? all : all.slice(from, from + e.lines);
  let endings: string[] = lines.map(() => '\n');
  const at = (i: number) => (lines.length === 0 ? 0 : i % lines.length);
  for (const m of mutations) {
    switch (m.op) {
      case 'delete': {
        const i = at(m.at);
        lines.splice(i, m.count);
        endings.splice(i, m.count);
        break;
      }
      case 'duplicate': {
        const i = at(m.at);
        lines.splice(i, 0, ...lines.slice(i, i + m.count));
        endings.splice(i, 0, ...endings.slice(i, i + m.count));
        break;
      }
      case 'swap': {
        if (lines.length === 0) break;
        const a = at(m.a);
        const b = at(m.b);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        break;
      }
      case 'shuffle': {
        const i = at(m.at);
        const run = lines.slice(i, i + m.order.length);
        const keyed = run.map((l, k) => ({ l, k: m.order[k]! }));
        keyed.sort((x, y) => x.k - y.k);
        lines.splice(i, run.length, ...keyed.map((x) => x.l));
        break;
      }
      case 'insert-chars': {
        if (lines.length === 0) {
          lines = [m.text];
          endings = ['\n'];
          break;
        }
        const i = at(m.at);
        const line = lines[i]!;
        const c = m.column % (line.length + 1);
        lines[i] = line.slice(0, c) + m.text + line.slice(c);
        break;
      }
      case 'insert-line': {
        const i = at(m.at);
        lines.splice(i, 0, m.text);
        endings.splice(i, 0, '\n');
        break;
      }
      case 'join': {
        if (lines.length < 2) break;
        const i = at(m.at) % (lines.length - 1);
        lines.splice(i, 2, lines[i]! + lines[i + 1]!);
        endings.splice(i, 1);
        break;
      }
      case 'split': {
        if (lines.length === 0) break;
        const i = at(m.at);
        const line = lines[i]!;
        const c = m.column % (line.length + 1);
        lines.splice(i, 1, line.slice(0, c), line.slice(c));
        endings.splice(i, 0, '\n');
        break;
      }
      case 'endings':
        endings = endings.map((_, k) => m.pattern[k % m.pattern.length]!);
        break;
      case 'blank-lines': {
        const i = at(m.at);
        lines.splice(i, 0, ...Array<string>(m.count).fill(''));
        endings.splice(i, 0, ...Array<string>(m.count).fill('\n'));
        break;
      }
      case 'truncate': {
        if (lines.length === 0) break;
        const i = at(m.at);
        const line = lines[i]!;
        lines = lines.slice(0, i + 1);
        lines[i] = line.slice(0, m.column % (line.length + 1));
        endings = endings.slice(0, i);
        break;
      }
    }
  }
  // The last line sometimes has no line ending, as files often do.
  return lines.map((l, k) => l + (endings[k] ?? '')).join('');
}

/** Bytes: random, and text encoded every way a file can be (and then damaged). */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(pieceText, fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'win1252', 'utf16le-nobom')).map(([text, how]) => encode(text, how)),
  fc
    .tuple(fc.oneof(pieceText, mutatedSample.map((m) => applyMutations(m.excerpt, m.mutations))), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }))
    .map(([text, damage]) => {
      // Valid UTF-8 with a few bytes overwritten or inserted: the "mostly UTF-8" file.
      const bytes = [...Buffer.from(text, 'utf8')];
      for (const [at, byte] of damage) {
        if (at % 2 === 0 && bytes.length > 0) bytes[at % bytes.length] = byte;
        else bytes.splice(bytes.length === 0 ? 0 : at % (bytes.length + 1), 0, byte);
      }
      return Uint8Array.from(bytes);
    }),
);

function encode(text: string, how: string): Uint8Array {
  switch (how) {
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    case 'utf16le-nobom':
      return iconv.encode(text, 'utf-16le');
    case 'win1252':
      return iconv.encode(text, 'windows-1252');
    default:
      return Buffer.from(text, 'utf8');
  }
}

/** Names that the pieces above use, so a generated roster sometimes matches the text. */
const ROSTER_NAMES = ['Van Selm', 'De Leeuw', 'Nijpels', 'Anneke Sinnema', 'Jansen', "'t Hart", 'Ŀŀ', 'X'];

export const roster: fc.Arbitrary<Roster> = fc.record({
  members: fc.array(
    fc.record(
      {
        name: fc.constantFrom(...ROSTER_NAMES),
        geleding: fc.constantFrom('werkgevers', 'werknemers', 'kroonleden', 'oudergeleding'),
        organisation: fc.constantFrom('FNV', 'CPB', 'VNO-NCW'),
        aliases: fc.array(fc.constantFrom(...ROSTER_NAMES, 'van selm', 'Selm'), { maxLength: 3 }),
        from: fc.constantFrom('2010-01-01', '2018-02-16', '2030-12-31'),
        to: fc.constantFrom('2010-01-01', '2018-02-16', '2030-12-31'),
      },
      { requiredKeys: ['name'] },
    ),
    { maxLength: 6 },
  ),
});

/** Options a caller can pass: Markdown forced on or off or detected, and sometimes a roster. */
export const parseOptions: fc.Arbitrary<{ markdown?: boolean; roster?: Roster }> = fc.record(
  { markdown: fc.boolean(), roster },
  { requiredKeys: [] },
);
