import type { AgendaItem, Paragraph, Position } from '../model/index.js';
import type { HitPart } from './types.js';

/** Blank line between the parts of a hit's text, as between paragraphs. */
export const PART_SEPARATOR = '\n\n';

export function paragraphPart(p: Paragraph): HitPart {
  return { kind: p.kind, text: p.text, textOffset: 0, position: p.position, segments: p.segments, segmentText: p.text, segmentBase: 0 };
}

/**
 * The part for a decision's or action's sentence. It is looked up in the paragraph it lies in, so
 * its characters map back through that paragraph's segments; where it can't be found there (text
 * the parser rephrased), it maps from its own start, which is exact on its first line.
 */
export function sentencePart(kind: 'decision' | 'action', text: string, position: Position, item: AgendaItem): HitPart {
  const at = position.start.offset;
  const host = item.paragraphs.find((p) => p.position.start.offset <= at && at <= p.position.end.offset);
  const index = host ? host.text.indexOf(text) : -1;
  if (host && index >= 0) {
    return { kind, text, textOffset: 0, position, segments: host.segments, segmentText: host.text, segmentBase: index };
  }
  return { kind, text, textOffset: 0, position, segments: [[0, at]], segmentText: text, segmentBase: 0 };
}

/** Set each part's offset in the text its parts make laid end to end (see joinParts). */
export function setPartOffsets(parts: HitPart[]): void {
  let at = 0;
  for (const part of parts) {
    part.textOffset = at;
    at += part.text.length + PART_SEPARATOR.length;
  }
}

/** Lay parts end to end in one text, setting each part's offset in it. */
export function joinParts(parts: HitPart[]): string {
  setPartOffsets(parts);
  return parts.map((part) => part.text).join(PART_SEPARATOR);
}

/** From the start of the first part to the end of the last. */
export function spanOf(parts: HitPart[], fallback: Position): Position {
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last ? { start: first.position.start, end: last.position.end } : fallback;
}
