import { TemporaryFile, writeAll } from '../../io/temporary-file.js';
import type { EncodedFile } from './encode.js';
import type { Stamp } from './stamp.js';
import { align4, align8, FORMAT, MAGIC, type StoredIndex, tableNumbers } from './store.js';

/**
 * The writer of the query index (store.ts describes the layout). A module of its own: a query
 * answered from the index without a change never writes, and need not load it (nor node:crypto,
 * which the temporary file's name takes).
 */

/** One file of a new index: kept from the old one (with its stamp there), or newly made. */
export type Planned = { path: string; old: number } | { path: string; stamp: Stamp; made: EncodedFile };

/**
 * Write the index to `file` through a temporary file renamed into place, so a reader (or a run that
 * is killed) sees the old index or the new one, never a mix. Streamed (not writeFileAtomic, which
 * takes the whole content at once): unchanged files are copied from the old index piece by piece.
 */
export function writeIndex(file: string, salt: string, planned: readonly Planned[], old: StoredIndex | undefined, listing: unknown = null): void {
  const numbers = new Float64Array(
    planned.flatMap((p) => {
      if ('made' in p) return tableNumbers(p.stamp, p.made.utf16, p.made.text.length, p.made.nums.length, p.made.details.length);
      return old!.row(p.old);
    }),
  );
  const dates = planned.map((p) => ('made' in p ? p.made.date : old!.date(p.old)));
  const paths = Buffer.from(JSON.stringify(planned.map((p) => p.path)), 'utf8');
  const datesBytes = Buffer.from(JSON.stringify(dates), 'utf8');
  const listed = Buffer.from(JSON.stringify(listing), 'utf8');
  const headLine = Buffer.from(`${MAGIC} ${FORMAT} ${salt} ${planned.length} ${paths.length} ${datesBytes.length} ${listed.length}\n`, 'latin1');
  const temporary = new TemporaryFile(file);
  const out = temporary.fd;
  try {
    let at = 0;
    const write = (bytes: Uint8Array) => {
      writeAll(out, bytes);
      at += bytes.length;
    };
    const padTo = (aligned: number) => {
      if (aligned > at) write(Buffer.alloc(aligned - at));
    };
    write(headLine);
    write(paths);
    write(datesBytes);
    write(listed);
    padTo(align8(at));
    write(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength));
    for (const region of ['text', 'meta'] as const) {
      eachRun(planned, (from, to) => old!.copyRange(region, (planned[from] as { old: number }).old, (planned[to - 1] as { old: number }).old + 1, write), (made) => {
        if (region === 'text') write(made.text);
        else {
          write(new Uint8Array(made.nums.buffer, made.nums.byteOffset, made.nums.byteLength));
          write(made.details);
          padTo(align4(at));
        }
      });
      if (region === 'text') padTo(align4(at));
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
