import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { TemporaryFile, writeAll } from '../../io/temporary-file.js';
import { DamagedIndexError } from './damaged.js';
import type { EncodedFile } from './encode.js';
import { type FileView, makeView, STALE_VIEW } from './view.js';

/**
 * The query index on disk: one file per archive and configuration, read in chunks so memory does not
 * grow with the archive, and written whole to a temporary file that is renamed into place.
 *
 *   verslag-query-index <FORMAT> <salt> <tableBytes> <listingBytes>\n
 *   table: UTF-8 JSON, one [path, stamp, utf16, date, textBytes, numsCount, detailsBytes] per file
 *   listing: UTF-8 JSON that the caller keeps with the index (the file list and how to trust it)
 *   padding to a multiple of 4, then the text region: each file's joined text (Latin-1 or UTF-16LE)
 *   padding to a multiple of 4, then the meta region: each file's numbers (Int32, this machine's
 *   byte order, which the salt names) and its details (its sha256, then each agenda item and each
 *   speaker as a small UTF-8 JSON array, found by offsets at the end of the numbers), padded to a
 *   multiple of 4. See layout.ts for the numbers, encode.ts for the details.
 *
 * Anything that does not add up (magic, format, salt, sizes) makes the whole index unusable, and the
 * caller rebuilds it.
 */
export const FORMAT = 1;
const MAGIC = 'verslag-query-index';
/** Text read per chunk: big enough for few reads, small enough that memory stays flat. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface TableEntry {
  /** The file as the caller names it. */
  path: string;
  stamp: string;
  utf16: boolean;
  date: string | null;
  textBytes: number;
  numsCount: number;
  detailsBytes: number;
  /** Offsets in the text and meta regions, summed up on load. */
  textAt: number;
  metaAt: number;
}

type Row = [string, string, 0 | 1, string | null, number, number, number];

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
  readonly byPath: Map<string, number>;

  private constructor(
    private readonly fd: number,
    readonly entries: TableEntry[],
    readonly listing: unknown,
    private readonly textBase: number,
    private readonly metaBase: number,
    /** Text read per chunk (CHUNK_BYTES; tests make it small). */
    private readonly chunkBytes: number,
  ) {
    this.byPath = new Map();
    for (let i = 0; i < entries.length; i++) this.byPath.set(entries[i]!.path, i);
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
    const head = readAt(fd, 0, Math.min(size, 256));
    const nl = head.indexOf(0x0a);
    if (nl < 0) return undefined;
    const [magic, format, storedSalt, tableBytes, listingBytes] = head.toString('latin1', 0, nl).split(' ');
    if (magic !== MAGIC || format !== String(FORMAT) || storedSalt !== salt || !/^\d+$/.test(tableBytes ?? '') || !/^\d+$/.test(listingBytes ?? '')) return undefined;
    const tableAt = nl + 1;
    const both = readAt(fd, tableAt, Number(tableBytes) + Number(listingBytes));
    const rows = JSON.parse(both.toString('utf8', 0, Number(tableBytes))) as Row[];
    const listing = JSON.parse(both.toString('utf8', Number(tableBytes))) as unknown;
    if (!Array.isArray(rows)) return undefined;
    const entries: TableEntry[] = [];
    let textAt = 0;
    let metaAt = 0;
    for (const row of rows) {
      const [path, stamp, utf16, date, textBytes, numsCount, detailsBytes] = row;
      // One row per file of the archive: checked without making anything.
      if (typeof path !== 'string' || typeof stamp !== 'string' || (date !== null && typeof date !== 'string') || !isCount(textBytes) || !isCount(numsCount) || !isCount(detailsBytes)) return undefined;
      entries.push({ path, stamp, utf16: utf16 === 1, date, textBytes, numsCount, detailsBytes, textAt, metaAt });
      textAt += textBytes;
      metaAt += metaBytes(numsCount, detailsBytes);
    }
    const textBase = align4(tableAt + both.length);
    const metaBase = align4(textBase + textAt);
    if (metaBase + metaAt !== size) return undefined;
    return new StoredIndex(fd, entries, listing, textBase, metaBase, chunkBytes);
  }

  /** The view of entry `i`, read with its neighbours in one chunk. */
  view(i: number): FileView {
    const chunk = this.chunk && i >= this.chunk.first && i < this.chunk.end ? this.chunk : (this.chunk = this.readChunk(i));
    const e = this.entries[i]!;
    const first = this.entries[chunk.first]!;
    const textFrom = e.textAt - first.textAt;
    const metaFrom = e.metaAt - first.metaAt;
    const detailsFrom = metaFrom + 4 * e.numsCount;
    const valid = () => this.chunk === chunk;
    const readMeta = () => {
      if (!valid()) throw new Error(STALE_VIEW);
      // A chunk's numbers are read when its first file needs them: a rare pattern reads few.
      const meta = (chunk.meta ??= this.readMeta(chunk.first, chunk.end));
      return { nums: new Int32Array(meta.buffer, meta.byteOffset + metaFrom, e.numsCount), details: meta.subarray(detailsFrom, detailsFrom + e.detailsBytes) };
    };
    return makeView(e.date, chunk.text.subarray(textFrom, textFrom + e.textBytes), e.utf16, readMeta, valid);
  }

  private readChunk(first: number): Chunk {
    let end = first + 1;
    const start = this.entries[first]!;
    while (end < this.entries.length && this.entries[end]!.textAt + this.entries[end]!.textBytes - start.textAt <= this.chunkBytes) end++;
    const last = this.entries[end - 1]!;
    const length = last.textAt + last.textBytes - start.textAt;
    this.textBuffer = roomFor(this.textBuffer, length);
    return { first, end, text: readInto(this.fd, this.textBuffer, this.textBase + start.textAt, length) };
  }

  private readMeta(first: number, end: number): Buffer {
    const start = this.entries[first]!;
    const last = this.entries[end - 1]!;
    const length = last.metaAt + metaBytes(last.numsCount, last.detailsBytes) - start.metaAt;
    this.metaBuffer = roomFor(this.metaBuffer, length);
    return readInto(this.fd, this.metaBuffer, this.metaBase + start.metaAt, length);
  }

  /** Copy the text or meta bytes of entries [from, to) to `out` at its current end. */
  copyRange(region: 'text' | 'meta', from: number, to: number, out: number): void {
    const a = this.entries[from]!;
    const b = this.entries[to - 1]!;
    const start = region === 'text' ? this.textBase + a.textAt : this.metaBase + a.metaAt;
    const end = region === 'text' ? this.textBase + b.textAt + b.textBytes : this.metaBase + b.metaAt + metaBytes(b.numsCount, b.detailsBytes);
    for (let at = start; at < end; at += CHUNK_BYTES) writeAll(out, readAt(this.fd, at, Math.min(CHUNK_BYTES, end - at)));
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** One file of a new index: kept from the old one, or newly made. */
export type Planned = { path: string; stamp: string; old: number } | { path: string; stamp: string; made: EncodedFile };

/**
 * Write the index to `file` through a temporary file renamed into place, so a reader (or a run that
 * is killed) sees the old index or the new one, never a mix. Streamed (not write-file-atomic, which
 * takes the whole content at once): unchanged files are copied from the old index piece by piece.
 */
export function writeIndex(file: string, salt: string, planned: readonly Planned[], old: StoredIndex | undefined, listing: unknown = null): void {
  const rows: Row[] = planned.map((p) => {
    if ('made' in p) return [p.path, p.stamp, p.made.utf16 ? 1 : 0, p.made.date, p.made.text.length, p.made.nums.length, p.made.details.length];
    const e = old!.entries[p.old]!;
    return [p.path, p.stamp, e.utf16 ? 1 : 0, e.date, e.textBytes, e.numsCount, e.detailsBytes];
  });
  const table = Buffer.from(JSON.stringify(rows), 'utf8');
  const listed = Buffer.from(JSON.stringify(listing), 'utf8');
  const headLine = Buffer.from(`${MAGIC} ${FORMAT} ${salt} ${table.length} ${listed.length}\n`, 'latin1');
  const temporary = new TemporaryFile(file);
  const out = temporary.fd;
  try {
    writeAll(out, headLine);
    writeAll(out, table);
    writeAll(out, listed);
    pad(out, headLine.length + table.length + listed.length);
    for (const region of ['text', 'meta'] as const) {
      eachRun(planned, (from, to) => old!.copyRange(region, (planned[from] as { old: number }).old, (planned[to - 1] as { old: number }).old + 1, out), (made) => {
        if (region === 'text') writeAll(out, made.text);
        else {
          writeAll(out, Buffer.from(made.nums.buffer, made.nums.byteOffset, made.nums.byteLength));
          writeAll(out, made.details);
          pad(out, made.nums.byteLength + made.details.length);
        }
      });
      if (region === 'text') pad(out, rows.reduce((n, r) => n + r[4], 0));
    }
    temporary.commit();
  } catch (e) {
    temporary.abandon();
    throw e;
  }
}

/** Call `copy` for each run of consecutive old entries (consecutive in the old index too), `write` for each new one. */
function eachRun(planned: readonly Planned[], copy: (from: number, to: number) => void, write: (made: EncodedFile) => void): void {
  let i = 0;
  while (i < planned.length) {
    const p = planned[i]!;
    if ('made' in p) {
      write(p.made);
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < planned.length; j++) {
      const q = planned[j]!;
      if ('made' in q || q.old !== (planned[j - 1] as { old: number }).old + 1) break;
    }
    copy(i, j);
    i = j;
  }
}

function metaBytes(numsCount: number, detailsBytes: number): number {
  return align4(4 * numsCount + detailsBytes);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** Write zero bytes up to the next multiple of 4 after `length` bytes; returns how many. */
function pad(fd: number, length: number): number {
  const n = align4(length) - length;
  if (n > 0) writeAll(fd, Buffer.alloc(n));
  return n;
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

