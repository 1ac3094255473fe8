import type { Position, SpeakerRef } from '../model/index.js';
import { countWords } from './fold.js';
import type { Locate } from './locate.js';
import { joinParts, spanOf } from './parts.js';
import type { Finder } from './pattern.js';
import type { HitPart, HitSpeaker, QueryHit, QueryMatch } from './types.js';

/**
 * What a hit needs besides its parts: shared by the search over records (collect.ts) and the one
 * over the query index (index/search.ts), so both build hits the same way, byte for byte.
 */
export interface HitScope {
  path: string;
  date: string | null;
  find: Finder | undefined;
  /** Called only once a match needs a point, so a hit without matches costs no line table. */
  locate: () => Locate;
}

/** The hit for these parts, or undefined when the query has a pattern and nothing in them matches. */
export function makeHit(scope: HitScope, kind: QueryHit['kind'], item: { number: string; title: string } | null, speaker: HitSpeaker | null, parts: HitPart[], fallback: Position): QueryHit | undefined {
  const text = joinParts(parts);
  const matches: QueryMatch[] = [];
  const find = scope.find;
  if (find) {
    for (const part of parts) {
      for (const [a, b] of find(part.text)) {
        const locate = scope.locate();
        matches.push({
          start: part.textOffset + a,
          end: part.textOffset + b,
          text: part.text.slice(a, b),
          position: { start: locate(part, a, 'start'), end: locate(part, b, 'end') },
        });
      }
    }
    if (matches.length === 0) return undefined;
  }
  return {
    kind,
    path: scope.path,
    date: scope.date,
    item: item ? { number: item.number, title: item.title } : null,
    speaker,
    text,
    position: kind === 'contribution' || kind === 'paragraph' ? spanOf(parts, fallback) : fallback,
    parts,
    matches,
    words: countWords(text),
  };
}

export function hitSpeaker(ref: SpeakerRef | null): HitSpeaker | null {
  if (!ref) return null;
  return { id: ref.id, name: ref.name, geleding: ref.geleding, ...(ref.role ? { role: ref.role } : {}) };
}
