import { readdirSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Housekeeping of the query index's folder (`<cache>/query-index/`): the leftovers of runs that
 * were killed while writing, and the indexes of argument sets no longer used.
 *
 * Each set of arguments (a folder, some files, from a working folder) has an index of its own, and
 * each holds the text and numbers of all its files (about 9 kB a file): an archive queried as a
 * whole, by year and by committee would keep one copy per set. So only the MAX_KEPT most recently
 * used are kept, and none unused for KEEP_DAYS; a run that reads an index without writing it marks
 * it used (its mtime). One dropped is built again when its arguments come back (a full parse), so
 * the limit is generous. The archive's own cache (archive/) has its own rules; this module keeps to
 * the query index's files (`*.vqi`, and their temporaries `*.vqi.<random>.tmp`).
 */
export const MAX_KEPT = 8;
export const KEEP_DAYS = 30;
const DAY_MS = 86_400_000;

/** After `index` was written: remove stale temporaries and indexes beyond the limits (never `index`). */
export async function tidyIndexFolder(index: string, nowMs: number = Date.now()): Promise<void> {
  const folder = dirname(index);
  // Loaded here: a run that only reads the index (and marks it used) need not load it, nor node:crypto with it.
  const { sweepStaleTemporaries } = await import('../io/temporary-file.js');
  // Temporaries of killed writes, of this index or any other (io/temporary-file.ts names them).
  sweepStaleTemporaries(folder, (name) => /\.vqi\.[0-9a-f]+\.tmp$/.test(name), nowMs);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const others: Array<{ path: string; usedMs: number }> = [];
  for (const name of names) {
    if (!name.endsWith('.vqi') || name === basename(index)) continue;
    const path = join(folder, name);
    const usedMs = mtimeMs(path);
    if (usedMs !== undefined) others.push({ path, usedMs });
  }
  // Most recently used first; the one just written counts as one of those kept.
  others.sort((a, b) => b.usedMs - a.usedMs);
  others.forEach(({ path, usedMs }, i) => {
    if (i >= MAX_KEPT - 1 || nowMs - usedMs > KEEP_DAYS * DAY_MS) remove(path);
  });
}

/** Mark `index` used now: it was read, not written, and must not count as the oldest. */
export function markUsed(index: string, nowMs: number = Date.now()): void {
  try {
    const now = new Date(nowMs);
    utimesSync(index, now, now);
  } catch {
    // Read-only: it may be dropped sooner, nothing worse.
  }
}

function mtimeMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function remove(path: string): void {
  try {
    // A run that has it open goes on reading it (POSIX); one that starts now finds none and builds it.
    unlinkSync(path);
  } catch {
    // Gone already, or not ours to remove: a stray file, nothing worse.
  }
}
