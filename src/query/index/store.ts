import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DamagedIndexError } from './damaged.js';
import { type FileView, makeView, STALE_VIEW } from './view.js';
import { STAMP_FIELDS, type Stamp } from './stamp.js';

/**
 * The query index on disk: one file per archive and configuration, read in chunks so memory does not
 * grow with the archive, and written whole to a temporary file that is renamed into place (write.ts).
 *
 *   verslag-query-index <FORMAT> <salt> <count> <pathsBytes> <datesBytes> <listingBytes>\n
 *   paths: UTF-8 JSON, each file as the caller names it
 *   dates: UTF-8 JSON, each file's meeting date or null
 *   listing: UTF-8 JSON that the caller keeps with the index (the file list and how to trust it)
 *   padding to a multiple of 8, then the table: NUMBER_FIELDS doubles per file (this machine's byte
 *   order, which the salt names): its stamp (stamp.ts), utf16, textBytes, numsCount, detailsBytes
 *   padding to a multiple of 4, then the text region: each file's joined text (Latin-1 or UTF-16LE)
 *   padding to a multiple of 4, then the meta region: each file's numbers (Int32, this machine's
 *   byte order) and its details (its sha256, then each agenda item and each speaker as a small
 *   UTF-8 JSON array, found by offsets at the end of the numbers), padded to a multiple of 4. See
 *   layout.ts for the numbers, encode.ts for the details.
 *
 * The table is numbers read as they lie: a JSON table of 10 000 rows, and an object per row, took
 * 50 ms of a cached query. The paths are a JSON array, not one string split: split's strings are
 * slices of the one string, and the loop over the files was slower with them (stat, output). Anything that does not add up
 * (magic, format, salt, sizes) makes the whole index unusable, and the caller rebuilds it.
 */
export const FORMAT = 2;
export const MAGIC = 'verslag-query-index';
/** Text read per chunk: big enough for few reads, small enough that memory stays flat. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** Per file in the table: the stamp's fields, then these. */
export const NUMBER_FIELDS = STAMP_FIELDS + 4;
const UTF16 = STAMP_FIELDS;
const TEXT_BYTES = STAMP_FIELDS + 1;
const NUMS_COUNT = STAMP_FIELDS + 2;
const DETAILS_BYTES = STAMP_FIELDS + 3;

/** The numbers of one file in the table, in its order. */
export function tableNumbers(stamp: Stamp, utf16: boolean, textBytes: number, numsCount: number, detailsBytes: number): number[] {
  return [...stamp, utf16 ? 1 : 0, textBytes, numsCount, detailsBytes];
}

interface Chunk {
  first: number;
  end: number;
  text: Buffer;
  meta?: Buffer;
}

export class StoredIndex {
  private chunk: Chunk | undefined;
  // One buffer each for the chunk's text and numbers, reused from chunk to chunk: memory stays flat,
  // and a buffer's pages are faulted in once (fresh buffers made reading the index twice as slow).
  // So a view holds only while its chunk is the current one (FileView.valid): a hit is written
  // before the next file is searched, and one that is read later throws rather than misread.
  private textBuffer: Buffer | undefined;
  private metaBuffer: Buffer | undefined;
  #byPath: Map<string, number> | undefined;

  private constructor(
    private readonly fd: number,
    /** Each file as the caller names it. */
    readonly paths: readonly string[],
    private readonly dates: ReadonlyArray<string | null>,
    /** NUMBER_FIELDS per file. */
    readonly numbers: Float64Array,
    /** Where each file's text and meta begin in their regions, summed up on load. */
    private readonly textAt: Float64Array,
    private readonly metaAt: Float64Array,
    readonly listing: unknown,
    private readonly textBase: number,
    private readonly metaBase: number,
    /** Text read per chunk (CHUNK_BYTES; tests make it small). */
    private readonly chunkBytes: number,
  ) {}

  get count(): number {
    return this.paths.length;
  }

  /** The entry of a path; made on first use, as a caller whose inputs are the stored paths in order needs none. */
  get byPath(): Map<string, number> {
    if (!this.#byPath) {
      this.#byPath = new Map();
      for (let i = 0; i < this.paths.length; i++) this.#byPath.set(this.paths[i]!, i);
    }
    return this.#byPath;
  }

  /** Whether entry `i` was stored with this stamp, and the size it records. */
  holds(i: number, stamp: Stamp): boolean {
    const at = i * NUMBER_FIELDS;
    const n = this.numbers;
    return n[at] === stamp[0] && n[at + 1] === stamp[1] && n[at + 2] === stamp[2] && n[at + 3] === stamp[3] && n[at + 4] === stamp[4];
  }

  private field(i: number, f: number): number {
    return this.numbers[i * NUMBER_FIELDS + f]!;
  }

  date(i: number): string | null {
    return this.dates[i]!;
  }

  /** The numbers of entry `i`, as tableNumbers lays them out. */
  row(i: number): number[] {
    return Array.from(this.numbers.subarray(i * NUMBER_FIELDS, (i + 1) * NUMBER_FIELDS));
  }

  textBytes(i: number): number {
    return this.field(i, TEXT_BYTES);
  }

  metaBytes(i: number): number {
    return metaBytes(this.field(i, NUMS_COUNT), this.field(i, DETAILS_BYTES));
  }

  /** The index at `file` made with `salt`, or undefined when there is none or it is damaged. */
  static open(file: string, salt: string, chunkBytes = CHUNK_BYTES): StoredIndex | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      const index = StoredIndex.read(fd, salt, chunkBytes);
      if (index) return index;
    } catch {
      // Damaged: read as missing.
    }
    closeSync(fd);
    return undefined;
  }

  private static read(fd: number, salt: string, chunkBytes: number): StoredIndex | undefined {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, Math.min(size, 512));
    const nl = head.indexOf(0x0a);
    if (nl < 0) return undefined;
    const [magic, format, storedSalt, ...sizes] = head.toString('latin1', 0, nl).split(' ');
    if (magic !== MAGIC || format !== String(FORMAT) || storedSalt !== salt || sizes.length !== 4 || !sizes.every((n) => /^\d+$/.test(n))) return undefined;
    const [count, pathsBytes, datesBytes, listingBytes] = sizes.map(Number) as [number, number, number, number];
    const datesAt = nl + 1 + pathsBytes;
    const listingAt = datesAt + datesBytes;
    const tableAt = align8(listingAt + listingBytes);
    const tableEnd = tableAt + 8 * NUMBER_FIELDS * count;
    if (tableEnd > size) return undefined;
    // All of it at once, from the start of the file: a buffer of its own begins at a multiple of 8, so the table is read where it lies.
    const all = readInto(fd, Buffer.allocUnsafeSlow(tableEnd), 0, tableEnd);
    const paths = JSON.parse(all.toString('utf8', nl + 1, datesAt)) as unknown;
    const dates = JSON.parse(all.toString('utf8', datesAt, listingAt)) as unknown;
    const listing = JSON.parse(all.toString('utf8', listingAt, listingAt + listingBytes)) as unknown;
    if (!Array.isArray(paths) || paths.length !== count || !Array.isArray(dates) || dates.length !== count) return undefined;
    const numbers = new Float64Array(all.buffer, all.byteOffset + tableAt, NUMBER_FIELDS * count);
    const textAt = new Float64Array(count);
    const metaAt = new Float64Array(count);
    let text = 0;
    let meta = 0;
    for (let i = 0; i < count; i++) {
      const at = i * NUMBER_FIELDS;
      const date: unknown = dates[i];
      // One row per file of the archive: checked without making anything.
      if (typeof paths[i] !== 'string' || (date !== null && typeof date !== 'string') || !isCount(numbers[at + TEXT_BYTES]!) || !isCount(numbers[at + NUMS_COUNT]!) || !isCount(numbers[at + DETAILS_BYTES]!) || (numbers[at + UTF16] !== 0 && numbers[at + UTF16] !== 1)) return undefined;
      textAt[i] = text;
      metaAt[i] = meta;
      text += numbers[at + TEXT_BYTES]!;
      meta += metaBytes(numbers[at + NUMS_COUNT]!, numbers[at + DETAILS_BYTES]!);
    }
    const textBase = tableEnd;
    const metaBase = align4(textBase + text);
    if (metaBase + meta !== size) return undefined;
    return new StoredIndex(fd, paths as string[], dates as Array<string | null>, numbers, textAt, metaAt, listing, textBase, metaBase, chunkBytes);
  }

  /**
   * Where each of `needles` (Latin-1 bytes, as searchIndexed looks for them) first occurs in entry
   * `i`'s text, or -1; null when none does, undefined for a UTF-16 text (not searched as bytes).
   * Asked before a view is made, so a file without them costs no view (most files of an archive,
   * for a rare string).
   */
  firstsIn(i: number, needles: readonly Buffer[]): number[] | null | undefined {
    if (this.field(i, UTF16) === 1) return undefined;
    const chunk = this.chunkOf(i);
    const from = this.textAt[i]! - this.textAt[chunk.first]!;
    // The file's own bytes, not the chunk from here on: a search that went on past the file's end
    // to the next occurrence spent more time in indexOf over the bench archive (41 ms against 34,
    // CPU profile), and made a common string's query slower.
    const text = chunk.text.subarray(from, from + this.textBytes(i));
    let firsts: number[] | null = null;
    for (let k = 0; k < needles.length; k++) {
      const at = text.indexOf(needles[k]!);
      if (at >= 0) (firsts ??= needles.map(() => -1))[k] = at;
    }
    return firsts;
  }

  private chunkOf(i: number): Chunk {
    return this.chunk && i >= this.chunk.first && i < this.chunk.end ? this.chunk : (this.chunk = this.readChunk(i));
  }

  /** The view of entry `i`, read with its neighbours in one chunk. */
  view(i: number): FileView {
    const chunk = this.chunkOf(i);
    const textFrom = this.textAt[i]! - this.textAt[chunk.first]!;
    const metaFrom = this.metaAt[i]! - this.metaAt[chunk.first]!;
    const numsCount = this.field(i, NUMS_COUNT);
    const detailsFrom = metaFrom + 4 * numsCount;
    const detailsBytes = this.field(i, DETAILS_BYTES);
    const valid = () => this.chunk === chunk;
    const readMeta = () => {
      if (!valid()) throw new Error(STALE_VIEW);
      // A chunk's numbers are read when its first file needs them: a rare pattern reads few.
      const meta = (chunk.meta ??= this.readMeta(chunk.first, chunk.end));
      return { nums: new Int32Array(meta.buffer, meta.byteOffset + metaFrom, numsCount), details: meta.subarray(detailsFrom, detailsFrom + detailsBytes) };
    };
    return makeView(this.dates[i]!, chunk.text.subarray(textFrom, textFrom + this.textBytes(i)), this.field(i, UTF16) === 1, readMeta, valid);
  }

  private readChunk(first: number): Chunk {
    let end = first + 1;
    const start = this.textAt[first]!;
    while (end < this.count && this.textAt[end]! + this.textBytes(end) - start <= this.chunkBytes) end++;
    const length = this.textAt[end - 1]! + this.textBytes(end - 1) - start;
    this.textBuffer = roomFor(this.textBuffer, length);
    return { first, end, text: readInto(this.fd, this.textBuffer, this.textBase + start, length) };
  }

  private readMeta(first: number, end: number): Buffer {
    const start = this.metaAt[first]!;
    const length = this.metaAt[end - 1]! + this.metaBytes(end - 1) - start;
    this.metaBuffer = roomFor(this.metaBuffer, length);
    return readInto(this.fd, this.metaBuffer, this.metaBase + start, length);
  }

  /** Hand the text or meta bytes of entries [from, to) to `write`, piece by piece. */
  copyRange(region: 'text' | 'meta', from: number, to: number, write: (bytes: Buffer) => void): void {
    const start = region === 'text' ? this.textBase + this.textAt[from]! : this.metaBase + this.metaAt[from]!;
    const end = region === 'text' ? this.textBase + this.textAt[to - 1]! + this.textBytes(to - 1) : this.metaBase + this.metaAt[to - 1]! + this.metaBytes(to - 1);
    for (let at = start; at < end; at += CHUNK_BYTES) write(readAt(this.fd, at, Math.min(CHUNK_BYTES, end - at)));
  }

  close(): void {
    closeSync(this.fd);
  }
}

export function metaBytes(numsCount: number, detailsBytes: number): number {
  return align4(4 * numsCount + detailsBytes);
}

// Arithmetic, not `(n + 3) & ~3`: bitwise operators work on 32 bits, and an index of an archive
// of a few GB has offsets past 2^31.
export function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** A buffer of at least `length` bytes: `buf` when it is big enough. Not from Node's shared pool: an Int32Array over it needs an offset that is a multiple of 4. */
function roomFor(buf: Buffer | undefined, length: number): Buffer {
  return buf && buf.length >= length ? buf : Buffer.allocUnsafeSlow(Math.max(length, CHUNK_BYTES));
}

function readAt(fd: number, position: number, length: number): Buffer {
  return readInto(fd, Buffer.allocUnsafe(length), position, length);
}

/** The first `length` bytes of `buf`, filled from `position`. */
function readInto(fd: number, buf: Buffer, position: number, length: number): Buffer {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) throw new DamagedIndexError('cut short');
    got += n;
  }
  return buf.subarray(0, length);
}

