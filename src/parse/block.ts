import type { ParagraphKind, Position } from '../model/index.js';
import type { HeaderField } from './lexicon/structure.js';
import type { Sentence } from './sentences.js';

/** A block's speaker: the speaker's id, others it also speaks for, and how that was found. */
export interface BlockSpeaker {
  id: string;
  also?: string[];
  how: string;
}

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
  level?: number | undefined;
  /** Agenda candidate: number as printed and title as written (emphasis kept, for subtitles). */
  number?: string | undefined;
  rawTitle?: string | undefined;
  /** Where rawTitle starts in the source (offset), so refs and titles keep exact positions. */
  rawTitleOffset?: number | undefined;
  /** The line was an ATX/setext/bold heading in Markdown. */
  markdownHeading?: boolean | undefined;
  field?: HeaderField | undefined;
  key?: string | undefined;
  /** For header blocks: the value as written, and its offset. */
  value?: string | undefined;
  valueOffset?: number | undefined;
  /** Ends in mid-sentence: a later line after a blank, footnote or page number may continue it. */
  open?: boolean | undefined;
  /** The cue bits of `text`, set on first use by cues.ts (a field: four stages ask per block). */
  cues?: number | undefined;
  /** The sentences of `text`, set on first use by sentences.ts. */
  sentences?: Sentence[] | undefined;
  /** Who speaks in it, set by attribute-speakers (a field, not a map keyed by block: three stages ask). */
  speaker?: BlockSpeaker | undefined;
}
