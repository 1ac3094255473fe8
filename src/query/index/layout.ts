import type { ParagraphKind } from '../../model/index.js';
import type { ItemKey } from '../filters.js';
import type { HitSpeaker } from '../types.js';

/**
 * What the query index keeps of one file: enough to answer a paragraph or contribution query exactly
 * as the search over its record would, and no more. Made from the record on a worker thread
 * (product.ts), and the value the content cache stores for it.
 */
export interface IndexedFile {
  sha256: string;
  date: string | null;
  /** The text of every paragraph, front matter first, then item by item, joined by UNIT_SEPARATOR. */
  text: string;
  /**
   * Numbers, laid out as described below (NUMS_*): units, segments, line starts; as little-endian
   * 32-bit integers in base64, which crosses from a worker and sits in the content cache as one
   * short string rather than thousands of numbers in JSON.
   */
  nums: string;
  details: FileDetails;
}

/** The strings of a file that only a file with a hit (or a filter) needs. */
export interface FileDetails {
  /** Agenda items, in order; a unit's group is an index into this list. */
  items: ItemKey[];
  /** The distinct speakers of the paragraphs; a unit's `ref` is an index into this list. */
  refs: IndexedRef[];
}

export interface IndexedRef {
  /** What a hit shows. */
  speaker: HitSpeaker;
  /** What the speaker and geleding filters see (the reference, completed from the speaker list). */
  filter: { name: string; variants: string[]; role?: HitSpeaker['role']; geleding?: string };
}

/**
 * Units (paragraphs) are joined by a line break in `text`: not a word character, so `\b` at a unit's
 * edge means what it means at the end of a string (see Finder.local).
 */
export const UNIT_SEPARATOR = '\n';

// nums: [unitCount, segmentCount, lineCount, itemCount, refCount], then UNIT_FIELDS per unit, then
// segment pairs [textOffset, sourceOffset], then the start offset of every line of the decoded file;
// as stored (encode.ts), then where each item's and each speaker's JSON begins in the details, and
// where the last one ends.
export const NUMS_HEAD = 5;
export const UNIT_FIELDS = 14;
export const F = {
  textStart: 0,
  textLength: 1,
  kind: 2,
  /** -1: front matter; else the agenda item's index. */
  group: 3,
  /** The speaker run (contribution) the paragraph belongs to, -1 for none (headings, tables, …). */
  run: 4,
  /** -1: nobody's (narration). */
  ref: 5,
  startLine: 6,
  startColumn: 7,
  startOffset: 8,
  endLine: 9,
  endColumn: 10,
  endOffset: 11,
  /** First segment pair of the unit, and how many. */
  segmentStart: 12,
  segmentCount: 13,
} as const;

/** Paragraph kinds by number (test/query/index asserts this is every kind of the model). */
export const KINDS = ['text', 'heading', 'list', 'footnote', 'header', 'title', 'table', 'quote', 'page-number', 'front-matter', 'code', 'comment'] as const satisfies readonly ParagraphKind[];
