import { type Stats, statSync } from 'node:fs';

/**
 * A file's stamp as the query index keeps it: device, inode, size, mtime and ctime, as a plain stat
 * gives them (numbers, times in ms with a fraction). The same fields as archive/file-stamp.ts, for
 * the same reasons (any write moves ctime on, and a stamp is only kept once settled), but read
 * without BigInts and compared as numbers: a cached query stats every file of the archive, and the
 * BigInt stat with the stamp's text took 90 ms of 10 000 files where this takes 50.
 *
 * A double keeps a time to a fraction of a microsecond, and an inode exactly below 2^53: less than
 * nanoseconds, but a stamp is kept only once settled (its times older than any tick, SETTLE_MS), so a
 * later write gives a ctime that differs by far more than that.
 */
export type Stamp = [dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number];

export const STAMP_FIELDS = 5;

// As archive/file-stamp.ts: more than any file system's timestamp granularity (FAT: 2 s) and small
// clock steps. Also the tick the code's stamps wait for (cli/query-code-stamp.ts).
export const SETTLE_MS = 3_000;

/** A plain stat of a path, or undefined when there is nothing to stat (missing, unreadable). */
export function statOf(path: string): Stats | undefined {
  // A try, not throwIfNoEntry: false, which was slower over the archive's files.
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The stamp of a regular file, or undefined. */
export function stampOf(st: Stats | undefined): Stamp | undefined {
  return st?.isFile() ? [st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs] : undefined;
}

/** The stamp of a regular file taken before it is read, when it is settled at `nowMs` (so it may stand for what is read after); else undefined. */
export function settledStampOf(path: string, nowMs: number): Stamp | undefined {
  const stamp = stampOf(statOf(path));
  return stamp && Math.max(stamp[3], stamp[4]) + SETTLE_MS < nowMs ? stamp : undefined;
}

export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}
