import type { Point } from '../model/index.js';
// The two modules, not source/index.js: a query answered from its index needs neither the decoder nor the rest.
import { type Lines, pointAt, pointByStarts } from '../source/lines.js';
import { sourceOffsetOf } from '../source/text-builder.js';
import type { HitPart } from './types.js';

/** A part and an offset in its text → the point in the original file. */
export type Locate = (part: HitPart, textOffset: number, edge: 'start' | 'end') => Point;

/**
 * With the file's lines, points are exact. Without them (a caller that has only records) they are
 * estimated from the record alone: see estimatePoint.
 */
export function makeLocate(lines?: Lines): Locate {
  return (part, textOffset, edge) => {
    const offset = sourceOffset(part, textOffset, edge);
    return lines ? pointAt(lines, offset) : estimatePoint(part, offset);
  };
}

/**
 * Exact points from the start offset of every line (the query index keeps these, not the lines):
 * the same points as makeLocate with the file's lines.
 */
export function makeLocateByStarts(starts: ArrayLike<number>): Locate {
  return (part, textOffset, edge) => pointByStarts(starts, sourceOffset(part, textOffset, edge));
}

/**
 * Source offset of a text offset. An end is exclusive: it is placed just after the last character
 * of the span, so a match that ends at a wrap doesn't reach over the line ending into the next line.
 */
function sourceOffset(part: HitPart, textOffset: number, edge: 'start' | 'end'): number {
  const t = part.segmentBase + textOffset;
  if (edge === 'end' && textOffset > 0) return sourceOffsetOf(part.segments, t - 1) + 1;
  return sourceOffsetOf(part.segments, t);
}

/**
 * The point of a source offset from the part's start point and segments only. Each wrapped line
 * begins a new segment after a joining space (or a removed hyphen), so such boundaries are counted
 * as line breaks; the column on a later line assumes the line starts at column 1. Exact for the
 * first line and for unindented hard-wrapped text; an estimate otherwise (blank lines of a page
 * break are not seen).
 */
function estimatePoint(part: HitPart, offset: number): Point {
  const start = part.position.start;
  if (offset <= start.offset || part.position.start.line === part.position.end.line) {
    return { line: start.line, column: start.column + (offset - start.offset), offset };
  }
  let line = start.line;
  let lineStart = start.offset - (start.column - 1);
  const { segments, segmentText } = part;
  for (let i = 1; i < segments.length; i++) {
    const [t, s] = segments[i]!;
    if (s > offset) break;
    const before = segmentText[t - 1];
    const [pt, ps] = segments[i - 1]!;
    const ranOn = s - (ps + (t - pt));
    // A joining space stands for the line ending; a removed hyphen leaves a gap of hyphen + ending.
    const wrapped = (before === ' ' || before === '\n') && ranOn >= 0;
    const hyphenated = ranOn >= 2 && /\p{Ll}/u.test(before ?? '');
    if (wrapped || hyphenated) {
      line++;
      lineStart = s;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
