import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Bytes gathered before each write: few system calls, little memory.
const CHUNK = 1 << 20;
// A temporary file this old was left by a killed run (a live run renames its own within minutes).
const STALE_MS = 3_600_000;

/**
 * Streams an ASCII, line-based file to a temporary file beside `path` and renames it into place on
 * `commit`, with a closing line `end\t<lines>\t<sha256 of every byte before it>`. Until the rename
 * the old file stays whole; after it, the new one is. A write that fails (disk full, read-only
 * folder) only costs the next run time: the writer goes quiet and nothing is renamed.
 */
export class IndexWriter {
  private fd: number | undefined;
  private chunks: string[] = [];
  private size = 0;
  private lines = 0;
  private readonly hash = createHash('sha256');

  constructor(
    private readonly path: string,
    private readonly tmp: string,
  ) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.fd = openSync(tmp, 'w');
    } catch {
      this.fd = undefined;
    }
  }

  /** Add a line (ASCII, no newline in it); `counted` lines make up the count in the trailer. */
  line(text: string, counted = true): void {
    if (this.fd === undefined) return;
    if (counted) this.lines++;
    this.chunks.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= CHUNK) this.flush();
  }

  /** Close with the trailer and rename into place. Returns whether the file was written. */
  commit(): boolean {
    if (this.fd === undefined) return false;
    this.flush();
    if (this.fd === undefined) return false;
    try {
      writeSync(this.fd, `end\t${this.lines}\t${this.hash.digest('hex')}\n`, null, 'latin1');
      closeSync(this.fd);
      this.fd = undefined;
      // No fsync: the rename already makes the file all-or-nothing for a killed process, and one
      // lost to a power cut fails its checksum and is rebuilt.
      renameSync(this.tmp, this.path);
    } catch {
      this.abandon();
      return false;
    }
    sweepStale(dirname(this.path), basename(this.path));
    return true;
  }

  abandon(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Already closed: nothing to do.
      }
      this.fd = undefined;
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      // Never made, or already gone.
    }
  }

  private flush(): void {
    if (this.fd === undefined || this.chunks.length === 0) return;
    const bytes = Buffer.from(this.chunks.join(''), 'latin1');
    this.chunks = [];
    this.size = 0;
    try {
      this.hash.update(bytes);
      writeSync(this.fd, bytes);
    } catch {
      this.abandon();
    }
  }
}

/** Remove temporary files that killed runs left beside `name` (never a live run's: those are young). */
function sweepStale(dir: string, name: string): void {
  try {
    for (const f of readdirSync(dir)) {
      if (!f.startsWith(`${name}.`) || !f.endsWith('.tmp')) continue;
      const p = join(dir, f);
      if (Date.now() - statSync(p).mtimeMs > STALE_MS) unlinkSync(p);
    }
  } catch {
    // A sweep that fails leaves a stray file, nothing worse.
  }
}
