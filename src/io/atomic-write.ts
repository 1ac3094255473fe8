import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sweepStaleTemporaries } from './temporary-file.js';

export type Chunks = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Whether a file name is one of writeFileAtomic's temporaries (for sweeping what killed runs left). */
export function isAtomicTemporary(name: string): boolean {
  return TEMPORARY.test(name);
}

// `.<target name>.<pid>.<12 hex>.tmp`, as writeFileAtomic names them.
const TEMPORARY = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Write a file so that a crash at any moment leaves the old file or the new one, never part of
 * one: write a temporary file beside the target, flush it to disk, then rename it over the target
 * (rename is atomic within a file system). On an error the temporary file is removed.
 * Content may be streamed as chunks, so a large export is not held twice in memory.
 *
 * `durable: false` skips the flushes, for what a lost write only costs time (cache entries, the
 * archive memo): the rename alone keeps them whole for a killed process, and an entry lost to a
 * power cut is a miss. Used for those instead of write-file-atomic, whose signal-exit listens for
 * SIGINT and SIGTERM: it put off every Ctrl-C until the event loop turned and, when its count of
 * pending writes did not match the listeners it saw, swallowed it, so an interrupted
 * `verslag parse --cache` ran on to the end (a test caught it about one run in three). With no
 * listener a signal ends the process at once, leaving at most a temporary file nothing reads.
 */
export async function writeFileAtomic(target: string, content: Chunks, options: { durable?: boolean } = {}): Promise<void> {
  const durable = options.durable ?? true;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    for await (const chunk of chunksOf(content)) await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    if (durable) await handle.sync();
    await handle.close();
    await rename(temp, target);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  if (durable) await syncDirectory(dirname(target));
}

async function* chunksOf(content: Chunks): AsyncIterable<string | Uint8Array> {
  if (typeof content === 'string' || content instanceof Uint8Array) yield content;
  else yield* content;
}

/** Make the rename itself durable. Not every platform can open a directory (Windows): best effort. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Keep a file in a cache, best effort: its folder made, the file written whole but not flushed
 * (losing it costs only time), and what killed runs left in that folder swept once an hour old.
 * Never throws: a folder that can't be written (read-only, full) only means the work is done again.
 */
export async function keepInCache(target: string, content: string): Promise<void> {
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, content, { durable: false });
    sweepStaleTemporaries(dirname(target), isAtomicTemporary);
  } catch {
    // Not kept: worked out again next run.
  }
}
