import type { Position } from '../../model/index.js';
import type { HitPart } from '../types.js';
import type { KINDS } from './layout.js';
import { checkSegments, type FileView, positionOf, segmentsOf, STALE_VIEW } from './view.js';

/**
 * One unit of an indexed file as a hit's part (as parts.ts paragraphPart makes one of a paragraph).
 * Its segments are made only when a match is located: the text output never asks for them. Their
 * range is checked at once, so damage is found before anything of the file is written; they are
 * read from the chunk's numbers, so only while the view is valid (store.ts).
 */
export class IndexedPart implements HitPart {
  textOffset = 0;
  readonly segmentBase = 0;
  readonly position: Position;
  #segments: Array<[number, number]> | undefined;

  constructor(
    readonly kind: (typeof KINDS)[number],
    readonly text: string,
    private readonly nums: Int32Array,
    private readonly unit: number,
    private readonly view: Pick<FileView, 'valid'>,
  ) {
    checkSegments(nums, unit);
    this.position = positionOf(nums, unit);
  }

  get segments(): Array<[number, number]> {
    if (this.#segments === undefined && !this.view.valid()) throw new Error(STALE_VIEW);
    return (this.#segments ??= segmentsOf(this.nums, this.unit));
  }

  get segmentText(): string {
    return this.text;
  }
}
