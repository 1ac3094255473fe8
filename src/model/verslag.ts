import { z } from 'zod';
import { Diagnostic } from './diagnostic.js';
import { Position } from './position.js';
import { SCHEMA_VERSION } from './version.js';

/**
 * The record model: the contract of ../shared/DESIGN.md. Field names here are what the JSON export
 * emits and what schema/verslag.schema.json describes. Add fields freely; rename or remove none
 * without bumping SCHEMA_VERSION.
 */
export { SCHEMA_VERSION };

export const Encoding = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']);
export type Encoding = z.infer<typeof Encoding>;

export const LineEnding = z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']);
export type LineEnding = z.infer<typeof LineEnding>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string(),
  encoding: Encoding,
  lineEnding: LineEnding,
  /** Size of the file in bytes as read. */
  bytes: z.number().int().min(0),
  /** `markdown` for `.md` input and for text that uses Markdown structure; else `text`. */
  format: z.enum(['text', 'markdown']),
});
export type Source = z.infer<typeof Source>;

export const PersonRef = z.object({
  /** As written, emphasis marks removed: "Van Selm", "Anneke Sinnema". */
  name: z.string(),
  /** As written in parentheses or after a dash: "notulist", "AV-ondersteuning", "voorzitter". */
  role: z.string().optional(),
  organisation: z.string().optional(),
  position: Position.optional(),
});
export type PersonRef = z.infer<typeof PersonRef>;

export const Meeting = z.object({
  title: z.string().optional(),
  body: z.string().optional(),
  number: z.number().int().optional(),
  publicNumber: z.number().int().optional(),
  /** ISO yyyy-mm-dd. */
  date: z.string().optional(),
  /** The weekday as written with the date, lower case ("vrijdag"), where one is written. */
  weekday: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  place: z.string().optional(),
  chair: PersonRef.optional(),
  present: z.array(PersonRef),
  absent: z.array(PersonRef),
  secretariat: z.array(PersonRef),
  /** Where each field was read: field name → position in the original file. */
  positions: z.record(z.string(), Position),
});
export type Meeting = z.infer<typeof Meeting>;

export const Geleding = z.string();

export const SpeakerRef = z.object({
  id: z.string(),
  name: z.string(),
  geleding: z.string().nullable(),
  role: z.enum(['chair', 'secretariat', 'guest']).optional(),
});
export type SpeakerRef = z.infer<typeof SpeakerRef>;

export const ParagraphKind = z.enum([
  'text', // running prose
  'heading', // a sub-heading inside an item, or a sub-item title
  'list', // one bullet or numbered list entry
  'footnote', // "¹ https://…"
  'header', // a line of the meeting header block ("Aanwezig: …")
  'title', // document title ("VERSLAG", "# Notulen …")
  'table', // a Markdown table (attendance or other)
  'quote', // a Markdown block quote
  'page-number', // a page number on its own line
  'front-matter', // YAML front matter of a Markdown file
  'code', // anything kept verbatim (fenced code, XML)
  'comment', // an HTML comment on a line of its own, e.g. an inline suppression
]);
export type ParagraphKind = z.infer<typeof ParagraphKind>;

export const Paragraph = z.object({
  kind: ParagraphKind,
  /** Normalised: wraps joined, hyphenation undone, emphasis marks removed. */
  text: z.string(),
  speaker: SpeakerRef.nullable(),
  /** Other people who speak in the same paragraph (a question and its answer). */
  also: z.array(SpeakerRef).optional(),
  /** How the speaker was found: "subject", "aldus", "continuation", … (for review and eval). */
  attribution: z.string().optional(),
  /** Heading level where the source gives one (Markdown `#`). */
  level: z.number().int().optional(),
  position: Position,
  /**
   * Map from `text` back to the original file: pairs [textOffset, sourceOffset], one per run of
   * characters copied unchanged. A character at text offset t lies at sourceOffset + (t - textOffset)
   * of the last pair with textOffset ≤ t.
   */
  segments: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Votes = z.object({
  for: z.number().int().optional(),
  against: z.number().int().optional(),
  abstain: z.number().int().optional(),
});

export const Decision = z.object({
  subject: z.string(),
  outcome: z.string(),
  unanimous: z.boolean(),
  amended: z.boolean(),
  votes: Votes.optional(),
  text: z.string(),
  position: Position,
});
export type Decision = z.infer<typeof Decision>;

export const Action = z.object({
  who: z.string(),
  text: z.string(),
  position: Position,
  speakerId: z.string().optional(),
});
export type Action = z.infer<typeof Action>;

export const SubItem = z.object({ title: z.string(), position: Position });

export const AgendaItem = z.object({
  /** Number by order ("1", "2", … or "5a" as printed); unique within a verslag. */
  number: z.string(),
  /** The number as printed where it differs (Markdown lists where every item reads "1."). */
  printedNumber: z.string().optional(),
  title: z.string(),
  subtitle: z.string().optional(),
  refs: z.array(z.string()),
  subitems: z.array(SubItem),
  position: Position,
  paragraphs: z.array(Paragraph),
  decisions: z.array(Decision),
  actions: z.array(Action),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const EvidenceKind = z.enum(['explicit', 'header', 'introduced', 'organisation', 'roster']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const Evidence = z.object({
  kind: EvidenceKind,
  geleding: z.string(),
  text: z.string(),
  position: Position.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Speaker = z.object({
  id: z.string(),
  /** Surname as the text capitalises it at sentence start: "Van Selm", "De Leeuw". */
  name: z.string(),
  /** Every way the text writes this person ("van Selm", "Alexandra van Selm"). */
  variants: z.array(z.string()),
  honorific: z.string().optional(),
  role: z.enum(['chair', 'secretariat', 'guest']).optional(),
  organisation: z.string().optional(),
  geleding: z.string().optional(),
  evidence: z.array(Evidence),
  /** Where the person first speaks. */
  position: Position.optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Verslag = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  kind: z.enum(['verslag', 'not-verslag']),
  meeting: Meeting,
  /** Paragraphs before the first agenda item: title, header block, attendance, preamble. */
  front: z.array(Paragraph),
  agenda: z.array(AgendaItem),
  speakers: z.array(Speaker),
  diagnostics: z.array(Diagnostic),
});
export type Verslag = z.infer<typeof Verslag>;
