import type { TextBuilder } from '../source/index.js';

// Emphasis: "*Nijpels*", "**Datum:**", "_draft_" — a marker run that opens before a non-blank and
// closes after one, on the same line. Bounded by the line, so it cannot run away.
export const EMPHASIS = /(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n]{1,400}?[^\s*_])\1(?![\w*])/g;

/**
 * Append raw[start, end) of a line that begins at `lineOffset` in the source, without its emphasis
 * marks. The marks are simply not copied, so each kept run keeps its exact source offset.
 */
export function appendInline(builder: TextBuilder, raw: string, start: number, end: number, lineOffset: number): void {
  const slice = raw.slice(start, end);
  // No marker, no emphasis: most lines take this way and skip the regex.
  if (!slice.includes('*') && !slice.includes('_')) {
    builder.append(slice, lineOffset + start);
    return;
  }
  let last = 0;
  EMPHASIS.lastIndex = 0;
  for (let m = EMPHASIS.exec(slice); m; m = EMPHASIS.exec(slice)) {
    // Underscores inside words (snake_case, URLs) are not emphasis.
    if (m[1]!.startsWith('_') && m.index > 0 && /\w/.test(slice[m.index - 1]!)) continue;
    const marker = m[1]!.length;
    builder.append(slice.slice(last, m.index), lineOffset + start + last);
    builder.append(m[2]!, lineOffset + start + m.index + marker);
    last = m.index + m[0].length;
  }
  builder.append(slice.slice(last), lineOffset + start + last);
}

/** The same without a builder: the plain string. */
export function stripEmphasis(s: string): string {
  if (!s.includes('*') && !s.includes('_')) return s;
  return s.replace(EMPHASIS, (all, marker: string, inner: string, index: number) =>
    marker.startsWith('_') && index > 0 && /\w/.test(s[index - 1]!) ? all : inner,
  );
}
