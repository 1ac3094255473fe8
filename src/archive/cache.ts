import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isAtomicTemporary, writeFileAtomic } from '../io/atomic-write.js';
import { sweepStaleTemporaries } from '../io/temporary-file.js';

/**
 * A content-addressed cache of per-file results. An entry's key is the sha256 of the file's bytes
 * with everything else the result depends on (tool fingerprint, product, configuration, whether the
 * file is read as Markdown), so a stale entry is simply never looked up: it cannot give a wrong answer.
 *
 * Each entry is one file `<dir>/<key[0..2]>/<key>.json` whose first line repeats the key. It is
 * written to a temporary file and renamed into place (io/atomic-write.ts), so a run that is
 * interrupted (Ctrl-C, kill) leaves either the whole entry or none. An entry that can't be read or
 * parsed for any reason is treated as missing and written again.
 */
export class ResultCache {
  private readonly made = new Set<string>();
  private pending = new Set<Promise<void>>();
  /**
   * What this run did (for tests and measurements): `reused` files were answered from the stamp
   * index without being read; `hits` were read and found by content; `misses` were parsed. (A
   * reused file whose product is an entry file, not inline, also counts the hit of that entry.)
   */
  readonly stats = { reused: 0, hits: 0, misses: 0, writes: 0, broken: 0 };

  constructor(
    readonly dir: string,
    /** Everything besides the file's content that the result depends on. */
    readonly salt: string,
  ) {}

  key(contentSha256: string, markdown: boolean): string {
    return createHash('sha256').update(`${this.salt}\u0000${contentSha256}\u0000${markdown ? 'md' : 'txt'}`).digest('hex');
  }

  /** The cached JSON text of a result, or undefined. Synchronous: see read-bytes.ts for why. */
  get(key: string): string | undefined {
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== key) {
      this.stats.broken++;
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return text.slice(nl + 1);
  }

  /**
   * Store a result's JSON text. Returns at once; `flush` waits for the writes. A failed write (disk
   * full, read-only folder) only costs the next run time, so it is counted and otherwise ignored.
   */
  set(key: string, json: string): void {
    const write = this.write(key, json).finally(() => this.pending.delete(write));
    this.pending.add(write);
  }

  /** How many writes are still under way (the caller waits when too many hold memory). */
  get backlog(): number {
    return this.pending.size;
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async write(key: string, json: string): Promise<void> {
    const sub = join(this.dir, key.slice(0, 2));
    try {
      if (!this.made.has(sub)) {
        await mkdir(sub, { recursive: true });
        this.made.add(sub);
        // What a killed run left in this folder, once an hour has gone by (a live run renames its own at once).
        sweepStaleTemporaries(sub, isAtomicTemporary);
      }
      // No fsync: the rename already makes the entry all-or-nothing for a killed process, and an
      // entry lost to a power cut is only a miss next time (its key line is checked on read).
      await writeFileAtomic(this.pathOf(key), `${key}\n${json}`, { durable: false });
      this.stats.writes++;
    } catch {
      this.stats.broken++;
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** sha256 of bytes, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
