import type { Decision, ParagraphKind, Position, SpeakerRef } from '../model/index.js';

/** What one hit is: a paragraph, a contribution (consecutive paragraphs of one speaker), … */
export const QUERY_KINDS = ['paragraph', 'contribution', 'decision', 'action', 'speaker'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** The filters of `query`; every one given must hold (AND). */
export interface QueryFilters {
  /** A name as the text writes it ("van selm", "Alexandra van Selm"); case and accents are ignored. */
  speaker?: string;
  /** The speaker's geleding ("werknemers"); case and accents are ignored. */
  geleding?: string;
  /** An agenda item: its number ("5", "5a") or words from its title. */
  item?: string;
  /** Meetings on or after this date: yyyy, yyyy-mm or yyyy-mm-dd. */
  from?: string;
  /** Meetings on or before this date (inclusive, so `--to 2020` is the whole year). */
  to?: string;
  /** Default `contribution`. */
  kind?: QueryKind;
  /** Regular expressions (JavaScript syntax), any of which may match the normalised text. */
  patterns?: string[];
  /** Take the patterns as fixed strings. */
  fixedStrings?: boolean;
  ignoreCase?: boolean;
  /** Ignore case when no pattern holds an upper-case letter (ripgrep's -S). */
  smartCase?: boolean;
}

/** A speaker as a hit shows it. */
export interface HitSpeaker {
  id: string;
  name: string;
  geleding: string | null;
  role?: SpeakerRef['role'];
}

/**
 * One piece of source text in a hit: a paragraph, or the sentence of a decision or action.
 * `text` is normalised; `segments` (from the paragraph) map `segmentBase + i` back to the file.
 */
export interface HitPart {
  kind: ParagraphKind | 'decision' | 'action';
  text: string;
  /** Where this part begins in the hit's `text`. */
  textOffset: number;
  position: Position;
  segments: ReadonlyArray<readonly [number, number]>;
  /** The text `segments` index into (the whole paragraph); `text` starts at `segmentBase` in it. */
  segmentText: string;
  segmentBase: number;
}

/**
 * One match of a pattern. `start`/`end` count UTF-16 code units in the hit's normalised `text`;
 * `position` is the matched span in the original file (lines and columns 1-based, offsets 0-based,
 * UTF-16 code units of the decoded file).
 */
export interface QueryMatch {
  start: number;
  end: number;
  text: string;
  position: Position;
}

/** A paragraph shown around a hit with `context`. */
export interface ContextParagraph {
  kind: ParagraphKind;
  text: string;
  position: Position;
  speaker: HitSpeaker | null;
}

export interface QueryHit {
  kind: QueryKind;
  /** `source.path` of the record. */
  path: string;
  /** Meeting date (ISO), null where the record has none. */
  date: string | null;
  item: { number: string; title: string } | null;
  speaker: HitSpeaker | null;
  /** The normalised text: the parts joined by a blank line. */
  text: string;
  position: Position;
  parts: HitPart[];
  /** Empty when the query has no patterns. */
  matches: QueryMatch[];
  /** Words in `text` (runs of non-blank characters). */
  words: number;
  decision?: Pick<Decision, 'subject' | 'outcome' | 'unanimous' | 'amended' | 'votes'>;
  action?: { who: string };
  /** For `speaker` hits: how much this speaker says in the record (within the item filter). */
  tally?: { contributions: number; paragraphs: number; words: number };
  context?: { before: ContextParagraph[]; after: ContextParagraph[] };
}
