import { type BigIntStats, closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * A file's stamp: the metadata that changes whenever its content does, so a warm run can reuse what
 * it knew of a file without reading and hashing it again (git's index works the same way).
 *
 * The stamp holds device, inode, size, and mtime and ctime in nanoseconds. mtime can be set back by
 * anyone (`touch -d`, `cp -p`, an unpacked archive); ctime cannot: every write and every change of
 * mtime sets it to the current time. So an equal stamp means unchanged content, with one gap git
 * calls "racy": a file written again within the same timestamp tick as the read we recorded (coarse
 * file systems tick in seconds) keeps its stamp. `isSettled` closes it: a stamp is only recorded for
 * a file whose mtime and ctime were already older than the read by more than a tick, so any later
 * write gives a later ctime. What is left is a system clock set backwards, which we accept: a file
 * that is not settled, or not stamped, is simply read and hashed as before.
 */
export type FileStamp = string;

// More than any file system's timestamp granularity (FAT: 2 s) and small clock steps (NTP).
const SETTLE_NS = 3_000_000_000n;

export function stampOf(st: BigIntStats): FileStamp {
  return `${st.dev}.${st.ino}.${st.size}.${st.mtimeNs}.${st.ctimeNs}`;
}

/**
 * The file size a stamp records, in bytes: its third field. Found with indexOf, not split: a query
 * answered from its index asks it of every file of the archive, and split took a tenth of the time
 * of reading the index's file table.
 */
export function sizeOfStamp(stamp: FileStamp): number {
  const afterDev = stamp.indexOf('.') + 1;
  const afterIno = stamp.indexOf('.', afterDev) + 1;
  return Number(stamp.slice(afterIno, stamp.indexOf('.', afterIno)));
}

/** Whether a stamp read at `nowNs` (wall clock, ns since the epoch) may stand for the content read with it. */
export function isSettled(st: BigIntStats, nowNs: bigint): boolean {
  const newest = st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs;
  return newest + SETTLE_NS < nowNs;
}

/** The current stamp of a regular file, or undefined (missing, not a file, unreadable). */
export function currentStamp(path: string): FileStamp | undefined {
  return stampIf(path, () => true);
}

/**
 * The stamp of a regular file taken before it is read, when it is settled at `nowNs` (so it may
 * stand for what is then read, if it still holds after); else undefined.
 */
export function settledStamp(path: string, nowNs: bigint): FileStamp | undefined {
  return stampIf(path, (st) => isSettled(st, nowNs));
}

function stampIf(path: string, accept: (st: BigIntStats) => boolean): FileStamp | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return st.isFile() && accept(st) ? stampOf(st) : undefined;
  } catch {
    return undefined;
  }
}

export interface StampedBytes {
  bytes: Uint8Array;
  /** The stamp that stands for these bytes, when it can (see isSettled); else undefined. */
  stamp: FileStamp | undefined;
}

/**
 * Read a regular file of at most `maxBytes` with the stamp taken on the same descriptor before and
 * after the read: equal stamps mean no write raced the read. Returns undefined for anything
 * unusual (missing, not a regular file, too large, changing): the caller's own reader then says
 * exactly what is wrong.
 */
export function readStamped(path: string, maxBytes: number, nowNs: () => bigint = wallClockNs): StampedBytes | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const before = fstatSync(fd, { bigint: true });
    if (!before.isFile() || before.size > BigInt(maxBytes)) return undefined;
    const size = Number(before.size);
    // Memory of its own, not a slice of Node's shared pool (small sizes): so the buffer can be
    // handed to a worker thread as it is, where a pooled one is copied first.
    const bytes = Buffer.allocUnsafeSlow(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    const after = fstatSync(fd, { bigint: true });
    const stamp = stampOf(before);
    // Grown or shrunk while read: let the careful reader handle it.
    if (got !== size || stampOf(after) !== stamp) return undefined;
    return { bytes, stamp: isSettled(before, nowNs()) ? stamp : undefined };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The wall clock in ns since the epoch, as stamps compare with it. */
export function wallClockNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}
