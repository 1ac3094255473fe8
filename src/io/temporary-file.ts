import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A temporary file left this long was left by a killed run: a live run renames its own within
 * minutes. The one rule for the stamp index (archive/index-writer.ts) and the query index
 * (query/index/store.ts, cli/query-index-folder.ts).
 */
export const STALE_TEMPORARY_MS = 3_600_000;

/**
 * A file written in pieces beside `target` under a name of its own (`<target>.<random>.tmp`) and
 * renamed onto it by `commit`: until then the old file stays whole, after it the new one is, and a
 * reader or a killed run never sees a mix. For the indexes, which are streamed; whole outputs go
 * through writeFileAtomic (atomic-write.ts). Opening, writing and committing throw; `abandon` never does.
 */
export class TemporaryFile {
  readonly path: string;
  readonly fd: number;
  private open = true;

  constructor(readonly target: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.path = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    this.fd = openSync(this.path, 'w');
  }

  write(bytes: Uint8Array): void {
    writeAll(this.fd, bytes);
  }

  /** Close and rename into place. No fsync: the rename already makes the file all-or-nothing for a killed process. */
  commit(): void {
    this.open = false;
    closeSync(this.fd);
    renameSync(this.path, this.target);
  }

  /** Close and remove the temporary file, if it is still there. */
  abandon(): void {
    if (this.open) {
      this.open = false;
      try {
        closeSync(this.fd);
      } catch {
        // Already closed.
      }
    }
    try {
      unlinkSync(this.path);
    } catch {
      // Renamed, or never made.
    }
  }
}

/** Write every byte: writeSync may write fewer than it is given. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Remove the temporaries in `dir` that `isTemporary` names and that are older than STALE_TEMPORARY_MS. */
export function sweepStaleTemporaries(dir: string, isTemporary: (name: string) => boolean, nowMs: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!isTemporary(name)) continue;
    try {
      const path = join(dir, name);
      if (nowMs - statSync(path).mtimeMs > STALE_TEMPORARY_MS) unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove: a stray file, nothing worse.
    }
  }
}
