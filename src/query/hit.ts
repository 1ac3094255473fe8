import type { Position, SpeakerRef } from '../model/index.js';
import { countWords } from './fold.js';
import type { Locate } from './locate.js';
import { joinParts, setPartOffsets, spanOf } from './parts.js';
import type { Finder } from './pattern.js';
import type { ContextParagraph, HitPart, HitSpeaker, QueryHit, QueryMatch } from './types.js';

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
   * Work out a hit's `text`, `matches` and `words` when they are first read, not when it is made:
   * for a caller that writes each hit at once (the text output reads none of them, and they were
   * most of the cost of a query answered from its index). Otherwise a hit is plain data.
   */
  lazy?: boolean;
}

/** The hit for these parts, or undefined when the query has a pattern and nothing in them matches. */
export function makeHit(scope: HitScope, kind: QueryHit['kind'], item: { number: string; title: string } | null, speaker: HitSpeaker | null, parts: HitPart[], fallback: Position): QueryHit | undefined {
  const find = scope.find;
  // Whether there is a match decides whether there is a hit; where they are, LazyHit works out.
  if (find && !parts.some((part) => find.test(part.text))) return undefined;
  setPartOffsets(parts);
  const position = kind === 'contribution' || kind === 'paragraph' ? spanOf(parts, fallback) : fallback;
  const hit = new LazyHit(scope, kind, item ? { number: item.number, title: item.title } : null, speaker, position, parts);
  return scope.lazy ? hit : hit.toData();
}

/**
 * A hit with its text, matches and words as getters, each worked out once. A class, not an object
 * with getters of its own, so a hit costs no closures; but JSON.stringify and toEqual see only
 * own properties, so only callers that say `lazy` get one (toData gives the plain hit).
 */
class LazyHit implements QueryHit {
  declare context?: { before: ContextParagraph[]; after: ContextParagraph[] };
  declare decision?: NonNullable<QueryHit['decision']>;
  declare action?: NonNullable<QueryHit['action']>;
  declare tally?: NonNullable<QueryHit['tally']>;
  #text: string | undefined;
  #matches: QueryMatch[] | undefined;
  #words: number | undefined;

  constructor(
    private readonly scope: HitScope,
    readonly kind: QueryHit['kind'],
    readonly item: QueryHit['item'],
    readonly speaker: HitSpeaker | null,
    readonly position: Position,
    readonly parts: HitPart[],
  ) {}

  get path(): string {
    return this.scope.path;
  }

  get date(): string | null {
    return this.scope.date;
  }

  get text(): string {
    return (this.#text ??= joinParts(this.parts));
  }

  get matches(): QueryMatch[] {
    return (this.#matches ??= this.scope.find ? matchesIn(this.scope, this.scope.find, this.parts) : []);
  }

  get words(): number {
    return (this.#words ??= countWords(this.text));
  }

  /** The same hit as plain data, in the order of QueryHit's fields. */
  toData(): QueryHit {
    return { kind: this.kind, path: this.path, date: this.date, item: this.item, speaker: this.speaker, text: this.text, position: this.position, parts: this.parts, matches: this.matches, words: this.words };
  }
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
