import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiJson } from './ascii-json.js';
import { currentStamp, type FileStamp } from './file-stamp.js';
import { IndexWriter } from './index-writer.js';

/**
 * One file per cache folder and salt that lets a warm run skip reading its files: for each path,
 * the stamp it had when it was read (file-stamp.ts), the sha256 of what was read, and, for compact
 * products, the product's JSON itself. A file whose stamp is unchanged is answered from here
 * without being opened; anything else is read and hashed as before.
 *
 * The file is ASCII (non-ASCII in products is written as \u escapes: decoding it is then a copy)
 * and line-based:
 *
 *   verslag-stamp-index 1 <salt hash>
 *   "<path as JSON>" \t <stamp or empty> \t <sha256> \t <0|1 markdown> \t <product JSON or empty>
 *   …
 *   end \t <entries> \t <sha256 of every byte before this line>
 *
 * The new index is streamed to a temporary file as results arrive (memory stays flat however large
 * the archive), from the first entry that differs from the old one, and renamed into place at the
 * end of a run that saw every file; a run that changed nothing writes nothing. A killed run leaves
 * the old index. One that is cut short, edited or written by other code fails its checksum and
 * counts as empty: it can cost a run time, never give a wrong answer.
 */
export interface IndexEntry {
  stamp: FileStamp | undefined;
  sha256: string;
  markdown: boolean;
  /** The product's JSON, for products stored inline; else the content-addressed cache has it. */
  json: string | undefined;
}

interface Stored extends IndexEntry {
  /** The entry's line as read: written again as it is when the entry still holds. */
  line: string;
}

const MAGIC = 'verslag-stamp-index 1';

export class StampIndex {
  /** Entries as loaded, by absolute path. */
  private readonly old = new Map<string, Stored>();
  /** Inline products by content (sha256 and markdown): a moved, copied or re-checked-out file. */
  private readonly byContent = new Map<string, string>();
  private readonly seen = new Set<string>();
  /** Lines of the new index while it equals the old one; then it is streamed to `out`. */
  private held: string[] = [];
  private out: IndexWriter | undefined;
  private changed = false;
  /** Whether the file on disk was there but could not be trusted. */
  damaged = false;

  private constructor(
    readonly path: string,
    private readonly saltHash: string,
  ) {}

  /** The index for this salt in `dir`; empty when there is none or it fails its checks. */
  static load(dir: string, salt: string): StampIndex {
    const saltHash = createHash('sha256').update(salt).digest('hex');
    // In a folder of its own: the content-addressed entries live in the two-letter folders.
    const index = new StampIndex(join(dir, 'stamps', `${saltHash.slice(0, 16)}.txt`), saltHash);
    let bytes: Buffer;
    try {
      bytes = readFileSync(index.path);
    } catch {
      return index;
    }
    if (!index.read(bytes)) {
      index.old.clear();
      index.byContent.clear();
      index.damaged = true;
      index.changed = true;
    }
    return index;
  }

  /** Whether the index holds an entry for this path (else its stamp need not even be taken). */
  has(path: string): boolean {
    return this.old.has(path);
  }

  /** The stored entry for a path when its stamp still stands for its content. */
  unchanged(path: string, stamp: FileStamp | undefined, markdown: boolean): IndexEntry | undefined {
    const entry = this.old.get(path);
    if (!entry || entry.stamp === undefined || entry.stamp !== stamp || entry.markdown !== markdown) return undefined;
    return entry;
  }

  /** An inline product stored for this content under any path. */
  byHash(sha256: string, markdown: boolean): string | undefined {
    return this.byContent.get(contentKey(sha256, markdown));
  }

  /** Record what this run knows of a path (once per path). */
  set(path: string, entry: IndexEntry): void {
    this.seen.add(path);
    const before = this.old.get(path);
    const same = before !== undefined && before.stamp === entry.stamp && before.sha256 === entry.sha256 && before.markdown === entry.markdown && before.json === entry.json;
    this.add(same ? before.line : lineOf(path, entry), !same);
  }

  /**
   * Finish the index: entries of paths this run did not visit are kept while their stamp still
   * holds (a run over one folder must not forget the others), dropped otherwise. Written only if
   * something differs from what was loaded. Returns whether it was written.
   */
  save(): boolean {
    for (const [path, entry] of this.old) {
      if (this.seen.has(path)) continue;
      if (entry.stamp !== undefined && currentStamp(path) === entry.stamp) this.add(entry.line, false);
      else this.changed = true;
    }
    if (!this.changed) return false;
    this.open();
    const written = this.out!.commit();
    this.out = undefined;
    return written;
  }

  /** Drop the temporary file of a run that did not finish. */
  abandon(): void {
    this.out?.abandon();
    this.out = undefined;
  }

  private add(line: string, differs: boolean): void {
    if (differs) this.changed = true;
    if (this.out) this.out.line(line);
    else if (this.changed) {
      this.open();
      this.out!.line(line);
    } else this.held.push(line);
  }

  private open(): void {
    if (this.out) return;
    this.out = new IndexWriter(this.path);
    this.out.line(`${MAGIC} ${this.saltHash}`, false);
    for (const l of this.held) this.out.line(l);
    this.held = [];
  }

  private read(bytes: Buffer): boolean {
    // The trailer "end\t<n>\t<64 hex>\n" closes the file; its checksum covers all before it.
    if (bytes.length < 80 || bytes[bytes.length - 1] !== 0x0a) return false;
    const trailerAt = bytes.lastIndexOf('\nend\t', bytes.length - 2) + 1;
    if (trailerAt <= 0) return false;
    const trailer = bytes.toString('latin1', trailerAt, bytes.length - 1).split('\t');
    if (trailer.length !== 3 || createHash('sha256').update(bytes.subarray(0, trailerAt)).digest('hex') !== trailer[2]) return false;
    const lines = bytes.toString('latin1', 0, trailerAt - 1).split('\n');
    if (lines[0] !== `${MAGIC} ${this.saltHash}` || lines.length - 1 !== Number(trailer[1])) return false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const f = line.split('\t');
      if (f.length !== 5 || !f[0]!.startsWith('"')) return false;
      let path: unknown;
      try {
        path = JSON.parse(f[0]!);
      } catch {
        return false;
      }
      if (typeof path !== 'string') return false;
      const entry: Stored = { stamp: f[1] || undefined, sha256: f[2]!, markdown: f[3] === '1', json: f[4] || undefined, line };
      this.old.set(path, entry);
      if (entry.json !== undefined) this.byContent.set(contentKey(entry.sha256, entry.markdown), entry.json);
    }
    return true;
  }
}

function contentKey(sha256: string, markdown: boolean): string {
  return markdown ? `${sha256}:md` : sha256;
}

function lineOf(path: string, e: IndexEntry): string {
  return `${asciiJson(JSON.stringify(path))}\t${e.stamp ?? ''}\t${e.sha256}\t${e.markdown ? 1 : 0}\t${e.json === undefined ? '' : asciiJson(e.json)}`;
}
