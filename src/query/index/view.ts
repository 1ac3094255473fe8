import type { Point, Position } from '../../model/index.js';
import type { ItemKey } from '../filters.js';
import { DamagedIndexError } from './damaged.js';
import { decodeItem, decodeRef, type EncodedFile } from './encode.js';
import { F, type IndexedRef, NUMS_HEAD, UNIT_FIELDS } from './layout.js';

/**
 * One file of the index as the search reads it: its text's bytes at once; the numbers, the decoded
 * text, an item and a speaker only when asked (most files of an archive have no match, and a file
 * with a hit needs only the item and the speaker its hits show). The same for a file read from the
 * index and one just parsed.
 */
export interface FileView {
  date: string | null;
  /** Read (for a file from the index: with the rest of its chunk's numbers) on first use. */
  readonly nums: Int32Array;
  /** The joined text as stored: Latin-1, or UTF-16LE. */
  bytes: Buffer;
  utf16: boolean;
  text(): string;
  /** Characters [start, start + length) of the text, decoded on their own unless the whole text already is. */
  slice(start: number, length: number): string;
  item(index: number): ItemKey;
  ref(index: number): IndexedRef;
  /** Whether its numbers may still be read (a view from the index: while its chunk is the current one). */
  valid(): boolean;
}

/** A bug, not damage: a view's numbers (or a hit's matches) asked for after the index moved on to another chunk. */
export const STALE_VIEW = 'query index: a file was read after the next chunk was (write each hit before searching on)';

export interface FileMeta {
  nums: Int32Array;
  details: Buffer;
}

export function makeView(date: string | null, text: Buffer, utf16: boolean, readMeta: () => FileMeta, valid: () => boolean = () => true): FileView {
  return new LazyView(date, text, utf16, readMeta, valid);
}

/** A class, not an object of closures: one is made for every file of the archive. */
class LazyView implements FileView {
  #meta: (FileMeta & { offsets: Int32Array }) | undefined;
  #decoded: string | undefined;
  // Made for a file with a hit only.
  #items: Map<number, ItemKey> | undefined;
  #refs: Map<number, IndexedRef> | undefined;

  constructor(
    readonly date: string | null,
    readonly bytes: Buffer,
    readonly utf16: boolean,
    private readonly readMeta: () => FileMeta,
    readonly valid: () => boolean,
  ) {}

  private get meta(): FileMeta & { offsets: Int32Array } {
    if (!this.#meta) {
      const { nums, details } = this.readMeta();
      this.#meta = { nums, details, offsets: nums.subarray(NUMS_HEAD + unitCount(nums) * UNIT_FIELDS + 2 * nums[1]! + nums[2]!) };
    }
    return this.#meta;
  }

  get nums(): Int32Array {
    return this.meta.nums;
  }

  text(): string {
    return (this.#decoded ??= this.bytes.toString(this.utf16 ? 'utf16le' : 'latin1'));
  }

  slice(start: number, length: number): string {
    if (this.#decoded !== undefined) return this.#decoded.slice(start, start + length);
    const width = this.utf16 ? 2 : 1;
    return this.bytes.toString(this.utf16 ? 'utf16le' : 'latin1', start * width, (start + length) * width);
  }

  item(index: number): ItemKey {
    const { nums, details, offsets } = this.meta;
    if (index < 0 || index >= nums[3]!) throw new DamagedIndexError('item out of range');
    let item = (this.#items ??= new Map()).get(index);
    if (!item) this.#items.set(index, (item = decodeItem(details, offsets, index)));
    return item;
  }

  ref(index: number): IndexedRef {
    const { nums, details, offsets } = this.meta;
    if (index < 0 || index >= nums[4]!) throw new DamagedIndexError('speaker out of range');
    let ref = (this.#refs ??= new Map()).get(index);
    if (!ref) this.#refs.set(index, (ref = decodeRef(details, offsets, nums[3]! + index)));
    return ref;
  }
}

/** The view of a file just parsed and encoded. */
export function viewOf(file: EncodedFile): FileView {
  return makeView(file.date, file.text, file.utf16, () => file);
}

/** The number of units, after checking that the counts add up to the numbers' length. */
export function unitCount(nums: Int32Array): number {
  if (nums.length < NUMS_HEAD) throw new DamagedIndexError('counts do not match the data');
  // Read one by one: destructuring a typed array goes through an iterator, once for every file.
  const units = nums[0]!;
  const segments = nums[1]!;
  const lines = nums[2]!;
  const items = nums[3]!;
  const refs = nums[4]!;
  if (units < 0 || segments < 0 || lines < 0 || items < 0 || refs < 0 || nums.length !== NUMS_HEAD + units * UNIT_FIELDS + 2 * segments + lines + items + refs + 1) throw new DamagedIndexError('counts do not match the data');
  return units;
}

/** Field `field` of unit `u`. */
export function field(nums: Int32Array, u: number, f: number): number {
  return nums[NUMS_HEAD + u * UNIT_FIELDS + f]!;
}

export function positionOf(nums: Int32Array, u: number): Position {
  const at = NUMS_HEAD + u * UNIT_FIELDS;
  // Written out, not with a helper closure: one is made for every part of every hit.
  const start: Point = { line: nums[at + F.startLine]!, column: nums[at + F.startColumn]!, offset: nums[at + F.startOffset]! };
  const end: Point = { line: nums[at + F.endLine]!, column: nums[at + F.endColumn]!, offset: nums[at + F.endOffset]! };
  return { start, end };
}

/** Throws when unit `u`'s segments lie outside the file's: checked before a hit is written, made only when asked. */
export function checkSegments(nums: Int32Array, u: number): void {
  const first = field(nums, u, F.segmentStart);
  const count = field(nums, u, F.segmentCount);
  if (first < 0 || count < 0 || first + count > nums[1]!) throw new DamagedIndexError('segments out of range');
}

export function segmentsOf(nums: Int32Array, u: number): Array<[number, number]> {
  checkSegments(nums, u);
  const base = NUMS_HEAD + nums[0]! * UNIT_FIELDS;
  const first = field(nums, u, F.segmentStart);
  const count = field(nums, u, F.segmentCount);
  const out: Array<[number, number]> = [];
  for (let i = first; i < first + count; i++) out.push([nums[base + 2 * i]!, nums[base + 2 * i + 1]!]);
  return out;
}

/** The start offset of every line of the decoded file. */
export function lineStarts(nums: Int32Array): Int32Array {
  const from = NUMS_HEAD + nums[0]! * UNIT_FIELDS + 2 * nums[1]!;
  return nums.subarray(from, from + nums[2]!);
}
