import type { ParagraphKind, Position } from '../model/index.js';
import type { HeaderField } from './lexicon/structure.js';
import type { Sentence } from './sentences.js';

/**
 * A paragraph while the parser works on it: the record's fields plus what later stages need
 * (line numbers, the agenda number a heading carries). Becomes a `Paragraph` at the end.
 */
export interface Block {
  kind: ParagraphKind;
  text: string;
  segments: Array<[number, number]>;
  position: Position;
  /** Line numbers (1-based) whose text this block holds. */
  lines: number[];
  level?: number;
  /** Agenda candidate: number as printed and title as written (emphasis kept, for subtitles). */
  number?: string;
  rawTitle?: string;
  /** Where rawTitle starts in the source (offset), so refs and titles keep exact positions. */
  rawTitleOffset?: number;
  /** The line was an ATX/setext/bold heading in Markdown. */
  markdownHeading?: boolean;
  field?: HeaderField;
  key?: string;
  /** For header blocks: the value as written, and its offset. */
  value?: string;
  valueOffset?: number;
  /** Ends in mid-sentence: a later line after a blank, footnote or page number may continue it. */
  open?: boolean;
  /** The cue bits of `text`, set on first use by cues.ts (a field: four stages ask per block). */
  cues?: number;
  /** The sentences of `text`, set on first use by sentences.ts. */
  sentences?: Sentence[];
}
