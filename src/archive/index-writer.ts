import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { sweepStaleTemporaries, TemporaryFile } from '../io/temporary-file.js';

// Bytes gathered before each write: few system calls, little memory.
const CHUNK = 1 << 20;

/**
 * Streams an ASCII, line-based file to a temporary file beside `path` (io/temporary-file.ts) and
 * renames it into place on `commit`, with a closing line `end\t<lines>\t<sha256 of every byte before
 * it>`. Until the rename the old file stays whole; after it, the new one is. A write that fails
 * (disk full, read-only folder) only costs the next run time: the writer goes quiet and nothing is
 * renamed.
 */
export class IndexWriter {
  private file: TemporaryFile | undefined;
  private chunks: string[] = [];
  private size = 0;
  private lines = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly path: string) {
    try {
      this.file = new TemporaryFile(path);
    } catch {
      this.file = undefined;
    }
  }

  /** Add a line (ASCII, no newline in it); `counted` lines make up the count in the trailer. */
  line(text: string, counted = true): void {
    if (this.file === undefined) return;
    if (counted) this.lines++;
    this.chunks.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= CHUNK) this.flush();
  }

  /** Close with the trailer and rename into place. Returns whether the file was written. */
  commit(): boolean {
    this.flush();
    const file = this.file;
    if (file === undefined) return false;
    try {
      file.write(Buffer.from(`end\t${this.lines}\t${this.hash.digest('hex')}\n`, 'latin1'));
      // A file lost to a power cut (no fsync) fails its checksum and is rebuilt.
      file.commit();
      this.file = undefined;
    } catch {
      this.abandon();
      return false;
    }
    const name = basename(this.path);
    sweepStaleTemporaries(dirname(this.path), (f) => f.startsWith(`${name}.`) && f.endsWith('.tmp'));
    return true;
  }

  abandon(): void {
    this.file?.abandon();
    this.file = undefined;
  }

  private flush(): void {
    if (this.file === undefined || this.chunks.length === 0) return;
    const bytes = Buffer.from(this.chunks.join(''), 'latin1');
    this.chunks = [];
    this.size = 0;
    try {
      this.hash.update(bytes);
      this.file.write(bytes);
    } catch {
      this.abandon();
    }
  }
}
