import type { ItemKey } from '../filters.js';
import type { IndexedFile, IndexedRef } from './layout.js';
import { DamagedIndexError } from './damaged.js';

/** A file as the index stores it: the bytes of its three parts. */
export interface EncodedFile {
  date: string | null;
  /** The joined text: Latin-1 when every character fits (one byte each, and the cheapest to decode), else UTF-16LE. */
  text: Buffer;
  utf16: boolean;
  /** The product's numbers, then the offsets of the details' pieces. */
  nums: Int32Array;
  /** The content hash, then each item and each speaker as its own small JSON array (see below). */
  details: Buffer;
}

/**
 * Items and speakers are stored as arrays, not objects (half the bytes), each on its own so that a
 * file with a hit parses only the item and the speaker its hits show. An absent optional string is 0.
 */
type StoredItem = [number: string, title: string, printedNumber: string | 0, subtitle: string | 0];
type StoredRef = [id: string, name: string, geleding: string | null, role: string | 0, variants: string[], filterRole: string | 0, filterGeleding: string | 0];

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

export function encodeFile(file: IndexedFile): EncodedFile {
  const utf16 = BEYOND_LATIN1.test(file.text);
  const pieces = [
    ...file.details.items.map((i): StoredItem => [i.number, i.title, i.printedNumber ?? 0, i.subtitle ?? 0]),
    ...file.details.refs.map(({ speaker: s, filter: f }): StoredRef => [s.id, s.name, s.geleding, s.role ?? 0, f.variants, f.role ?? 0, f.geleding ?? 0]),
  ].map((piece) => Buffer.from(JSON.stringify(piece), 'utf8'));
  const offsets: number[] = [];
  let at = file.sha256.length;
  for (const piece of pieces) {
    offsets.push(at);
    at += piece.length;
  }
  offsets.push(at);
  return {
    date: file.date,
    text: Buffer.from(file.text, utf16 ? 'utf16le' : 'latin1'),
    utf16,
    nums: unpack(file.nums, offsets),
    details: Buffer.concat([Buffer.from(file.sha256, 'latin1'), ...pieces]),
  };
}

/** The product's numbers (base64, little-endian) followed by `more`, in this machine's order. */
function unpack(base64: string, more: readonly number[]): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  const count = bytes.length >> 2;
  const nums = new Int32Array(count + more.length);
  for (let i = 0; i < count; i++) nums[i] = bytes.readInt32LE(4 * i);
  nums.set(more, count);
  return nums;
}

/** One piece of the details (an item or a speaker), parsed. */
function parsePiece<T extends unknown[]>(json: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new DamagedIndexError('details');
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw new DamagedIndexError('details');
  return parsed as T;
}

// The same people and item titles come back file after file: each distinct piece is parsed once per
// run (bounded, so a huge archive can't make this grow without end). Nothing mutates what it returns.
const seen = new Map<string, ItemKey | IndexedRef>();
const SEEN_MAX = 50_000;

function once<T extends ItemKey | IndexedRef>(details: Buffer, offsets: Int32Array, k: number, make: (json: string) => T): T {
  const from = offsets[k];
  const to = offsets[k + 1];
  if (from === undefined || to === undefined || from > to || to > details.length) throw new DamagedIndexError('details out of range');
  const json = details.toString('utf8', from, to);
  let made = seen.get(json) as T | undefined;
  if (!made) {
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(json, (made = make(json)));
  }
  return made;
}

export function decodeItem(details: Buffer, offsets: Int32Array, k: number): ItemKey {
  return once(details, offsets, k, (json) => {
    const [number, title, printedNumber, subtitle] = parsePiece<StoredItem>(json);
    return { number, title, ...(printedNumber !== 0 ? { printedNumber } : {}), ...(subtitle !== 0 ? { subtitle } : {}) };
  });
}

export function decodeRef(details: Buffer, offsets: Int32Array, k: number): IndexedRef {
  return once(details, offsets, k, (json) => decodeRefJson(json));
}

function decodeRefJson(json: string): IndexedRef {
  const [id, name, geleding, role, variants, filterRole, filterGeleding] = parsePiece<StoredRef>(json);
  type Role = NonNullable<IndexedRef['speaker']['role']>;
  return {
    speaker: { id, name, geleding, ...(role !== 0 ? { role: role as Role } : {}) },
    filter: { name, variants, ...(filterRole !== 0 ? { role: filterRole as Role } : {}), ...(filterGeleding !== 0 ? { geleding: filterGeleding } : {}) },
  };
}
