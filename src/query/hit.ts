import type { Position, SpeakerRef } from '../model/index.js';
import { countWords } from './fold.js';
import type { Locate } from './locate.js';
import { joinParts, setPartOffsets, spanOf } from './parts.js';
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
  /**
   * Work out the hit's `text`, `matches` and `words` only when they are first read (each at most
   * once). For a caller that uses each hit at once, from data the hit holds on its own: the text
   * output reads none of them, and they were most of the cost of a query answered from its index.
   * Hits a library user gets are plain data (worked out at once).
   */
  lazy?: boolean;
}

/** The hit for these parts, or undefined when the query has a pattern and nothing in them matches. */
export function makeHit(scope: HitScope, kind: QueryHit['kind'], item: { number: string; title: string } | null, speaker: HitSpeaker | null, parts: HitPart[], fallback: Position): QueryHit | undefined {
  const find = scope.find;
  // Whether there is a match decides whether there is a hit; where the matches are is worked out below.
  if (find && !parts.some((part) => find.test(part.text))) return undefined;
  setPartOffsets(parts);
  let text: string | undefined;
  let matches: QueryMatch[] | undefined;
  let words: number | undefined;
  const hit: QueryHit = {
    kind,
    path: scope.path,
    date: scope.date,
    item: item ? { number: item.number, title: item.title } : null,
    speaker,
    get text() {
      return (text ??= joinParts(parts));
    },
    position: kind === 'contribution' || kind === 'paragraph' ? spanOf(parts, fallback) : fallback,
    parts,
    get matches() {
      return (matches ??= find ? matchesIn(scope, find, parts) : []);
    },
    get words() {
      return (words ??= countWords(this.text));
    },
  };
  // A spread reads each getter once: plain data properties, in the same order.
  return scope.lazy ? hit : { ...hit };
}

function matchesIn(scope: HitScope, find: Finder, parts: readonly HitPart[]): QueryMatch[] {
  const matches: QueryMatch[] = [];
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
  return matches;
}

export function hitSpeaker(ref: SpeakerRef | null): HitSpeaker | null {
  if (!ref) return null;
  return { id: ref.id, name: ref.name, geleding: ref.geleding, ...(ref.role ? { role: ref.role } : {}) };
}
