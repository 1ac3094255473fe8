import type { LineEnding, Point } from '../model/index.js';

/**
 * The text split into lines, line endings kept out of the line text but counted in offsets, so
 * every offset is an offset in the decoded original (CRLF counts two).
 */
export interface Lines {
  text: string;
  /** Line texts without their line ending; index i is line i + 1. */
  lines: string[];
  /** Offset of the first character of each line. */
  starts: number[];
  lineEnding: LineEnding;
}

export function splitLines(text: string): Lines {
  // Fast paths: one native split when every line ends the same way (LF, or CRLF), which is nearly
  // every file; the character loop below handles CR and mixed endings.
  if (!text.includes('\r')) return splitOn(text, '\n', 'lf');
  if (!/\r(?!\n)|(?<!\r)\n/.test(text)) return splitOn(text, '\r\n', 'crlf');
  const lines: string[] = [];
  const starts: number[] = [];
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lines.push(text.slice(start, i));
      starts.push(start);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else if (c === 0x0d) cr++;
      else lf++;
      start = i + 1;
    }
  }
  // A final line without a line ending is a line; an ending at the very end adds none.
  if (start < text.length || lines.length === 0) {
    lines.push(text.slice(start));
    starts.push(start);
  }
  const kinds = [lf && 'lf', crlf && 'crlf', cr && 'cr'].filter(Boolean) as LineEnding[];
  const lineEnding: LineEnding = kinds.length === 0 ? 'none' : kinds.length > 1 ? 'mixed' : kinds[0]!;
  return { text, lines, starts, lineEnding };
}

/** Split on one kind of line ending; the same result as the loop in splitLines for such text. */
function splitOn(text: string, eol: string, kind: LineEnding): Lines {
  const lines = text.split(eol);
  // An ending at the very end adds no line (but empty text is one empty line).
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i]!.length + eol.length;
  }
  return { text, lines, starts, lineEnding: lines.length > 1 || text.endsWith(eol) ? kind : 'none' };
}

/** Offset → 1-based line and column (binary search over line starts). */
export function pointAt(lines: Lines, offset: number): Point {
  return pointByStarts(lines.starts, offset);
}

/** pointAt over bare line starts (the query index keeps these, not the lines). */
export function pointByStarts(starts: ArrayLike<number>, offset: number): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}

/** Point at a line (1-based) and a 0-based index into that line's text. */
export function pointIn(lines: Lines, line: number, index: number): Point {
  const offset = lines.starts[line - 1]! + index;
  return { line, column: index + 1, offset };
}
