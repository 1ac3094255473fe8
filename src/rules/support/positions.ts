import type { AgendaItem, Paragraph, Position, Verslag } from '../../model/index.js';
import { type Lines, pointAt, sourceOffsetOf } from '../../source/index.js';

/** Source offsets [start, end) → a position in the original file. */
export function span(lines: Lines, start: number, end: number): Position {
  return { start: pointAt(lines, start), end: pointAt(lines, end) };
}

/** A run of a paragraph's normalised text → where it stands in the original file. */
export function spanInParagraph(lines: Lines, paragraph: Paragraph, index: number, length: number): Position {
  const start = sourceOffsetOf(paragraph.segments, index);
  // The last character's source offset + 1, so a run that crosses a joined line break ends right.
  const end = length > 0 ? sourceOffsetOf(paragraph.segments, index + length - 1) + 1 : start;
  return span(lines, start, end);
}

/** Every paragraph in document order, with the agenda item it belongs to (none for the front). */
export function paragraphsOf(record: Verslag): Array<{ paragraph: Paragraph; item?: AgendaItem }> {
  const out: Array<{ paragraph: Paragraph; item?: AgendaItem }> = record.front.map((paragraph) => ({ paragraph }));
  for (const item of record.agenda) for (const paragraph of item.paragraphs) out.push({ paragraph, item });
  return out;
}
