import type { Point, Position } from '../../model/index.js';
import { type FileDetails, F, type IndexedFile, NUMS_HEAD, UNIT_FIELDS } from './layout.js';

/**
 * One file of the index as the search reads it: the numbers at once, the text and the details only
 * when asked (most files of an archive have no match, and a file read from the index then never
 * decodes its details).
 */
export interface FileView {
  date: string | null;
  nums: Int32Array;
  text(): string;
  details(): FileDetails;
}

/** A file's data that does not fit its own layout: the index is damaged (or a bug). */
export class DamagedIndexError extends Error {
  constructor(message: string) {
    super(`query index: ${message}`);
    this.name = 'DamagedIndexError';
  }
}

/** The view of a file just parsed. */
export function viewOf(file: IndexedFile): FileView {
  const nums = Int32Array.from(file.nums);
  return { date: file.date, nums, text: () => file.text, details: () => file.details };
}

/** The number of units, after checking that the counts add up to the numbers' length. */
export function unitCount(nums: Int32Array): number {
  const units = nums[0] ?? -1;
  const segments = nums[1] ?? -1;
  const lines = nums[2] ?? -1;
  if (units < 0 || segments < 0 || lines < 0 || nums.length !== NUMS_HEAD + units * UNIT_FIELDS + 2 * segments + lines) throw new DamagedIndexError('counts do not match the data');
  return units;
}

/** Field `field` of unit `u`. */
export function field(nums: Int32Array, u: number, f: number): number {
  return nums[NUMS_HEAD + u * UNIT_FIELDS + f]!;
}

export function positionOf(nums: Int32Array, u: number): Position {
  const at = NUMS_HEAD + u * UNIT_FIELDS;
  const point = (line: number, column: number, offset: number): Point => ({ line: nums[at + line]!, column: nums[at + column]!, offset: nums[at + offset]! });
  return { start: point(F.startLine, F.startColumn, F.startOffset), end: point(F.endLine, F.endColumn, F.endOffset) };
}

export function segmentsOf(nums: Int32Array, u: number): Array<[number, number]> {
  const base = NUMS_HEAD + nums[0]! * UNIT_FIELDS;
  const first = field(nums, u, F.segmentStart);
  const count = field(nums, u, F.segmentCount);
  if (first < 0 || count < 0 || first + count > nums[1]!) throw new DamagedIndexError('segments out of range');
  const out: Array<[number, number]> = [];
  for (let i = first; i < first + count; i++) out.push([nums[base + 2 * i]!, nums[base + 2 * i + 1]!]);
  return out;
}

/** The start offset of every line of the decoded file. */
export function lineStarts(nums: Int32Array): Int32Array {
  const from = NUMS_HEAD + nums[0]! * UNIT_FIELDS + 2 * nums[1]!;
  return nums.subarray(from, from + nums[2]!);
}
