import { mkdirSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { wallClockNs } from '../archive/file-stamp.js';
import { siblingModule } from '../archive/module-url.js';
import type { ProductRef } from '../archive/product.js';
import type { Roster } from '../model/index.js';
import type { CompiledQuery } from '../query/filters.js';
import { encodeFile } from '../query/index/encode.js';
import type { IndexedFile } from '../query/index/layout.js';
import { requiredNeedles, searchIndexed } from '../query/index/search.js';
import { sameStamp, settledStampOf, stampOf, statOf } from '../query/index/stamp.js';
import { FORMAT, StoredIndex } from '../query/index/store.js';
import type { Planned } from '../query/index/write.js';
import { DamagedIndexError } from '../query/index/damaged.js';
import { viewOf } from '../query/index/view.js';
import type { Sink } from '../query/output/sink.js';
import type { Io } from './io.js';
import { createProgress } from './progress.js';
import { codeStamp } from './query-code-stamp.js';
import { hash128 } from './query-key.js';
import { markUsed, tidyIndexFolder } from './query-index-folder.js';
import { type Listing, listingKey, reuseListing, stampFolders } from './query-listing.js';
import { VERSION } from './program.js';
import { reportUnread } from './read.js';
import { escapeForTerminal } from '../report/terminal.js';

/**
 * `verslag query --cache` for paragraphs and contributions: the answer from the query index (see
 * src/query/index/store.ts) for every file whose stamp (a stat, see archive/file-stamp.ts) is the one
 * stored; every other file (new, changed, not yet settled, damaged in the index) is read and parsed
 * as without the index, and its entry replaces the old one. Files gone from the archive drop out.
 * The output is the same, byte for byte, as the search over records gives.
 */
export interface IndexedQueryOptions {
  cacheDir: string;
  maxBytes: number;
  roster?: Roster | undefined;
  jobs?: number | undefined;
  ignore?: string[] | undefined;
  quiet?: boolean | undefined;
  /** Wall clock in ns (tests move it on, so files written a moment ago count as settled). */
  nowNs?: () => bigint;
}

export interface IndexedQueryResult {
  /** Inputs that could not be read (reported on stderr). */
  failed: number;
  /** Files answered from the index, and files read and parsed. */
  fromIndex: number;
  parsed: number;
  /** Whether the index file was written. */
  wrote: boolean;
  /** Whether the file list came with the index (query-listing.ts), without walking the folders. */
  listed?: boolean;
}

const PRODUCT: ProductRef = { module: siblingModule(import.meta.url, '../query/index/product.js'), name: 'queryIndexProduct' };

interface Input {
  /** As the user sees it (relative to the working folder, which is part of the index's name). */
  file: string;
  /** For stat: the working folder and the file, not normalised (join costs a tenth of the stats). */
  abs: string;
  /** The entry in the stored index that still stands for the file. */
  stored?: number;
}

/** `flush` sends what the sink has written on: called after each parsed file, so a slow run still streams. */
export async function queryWithIndex(args: string[], io: Io, options: IndexedQueryOptions, query: CompiledQuery, context: number, sink: Sink, flush: () => void = () => {}): Promise<IndexedQueryResult> {
  const salt = await saltOf(options.roster);
  const location = indexLocation(options.cacheDir, args, io.cwd);
  const stored = StoredIndex.open(location, salt);
  const now = options.nowNs ?? wallClockNs;
  const result: IndexedQueryResult = { failed: 0, fromIndex: 0, parsed: 0, wrote: false };
  try {
    const key = listingKey(args, io.cwd, options.ignore);
    const listed = key !== undefined && stored ? reuseListing(stored.listing, key) : undefined;
    let files: readonly string[];
    let emptyFolders: string[];
    let folders: Listing['folders'] | undefined;
    if (listed) {
      files = listed.files ?? stored!.paths;
      emptyFolders = listed.emptyFolders;
      result.listed = true;
      if (emptyFolders.length > 0) result.failed += reportUnread(io, { missing: [], emptyFolders });
    } else {
      if (key !== undefined) {
        // The cache folder made first: made while this run lists, it would change the stamp of the
        // folder it is in (the archive's, with the default .verslag-cache), and the next run would list again.
        makeFolder(dirname(location));
        folders = stampFolders(args, io.cwd, now());
      }
      const { expandOptionsOf, expandPaths } = await import('./paths.js');
      const expanded = await expandPaths(args, io.cwd, expandOptionsOf(options));
      ({ files } = expanded);
      emptyFolders = expanded.emptyFolders ?? [];
      // A folder that could not be read is said again next run: no list is kept that leaves it out.
      if ((expanded.unreadable ?? []).length > 0) folders = undefined;
      result.failed += reportUnread(io, expanded);
    }
    const inputs = files.map((file, k): Input => {
      const abs = isAbsolute(file) ? file : io.cwd + sep + file;
      if (!stored) return { file, abs };
      // Most often the files are the index's own, in its order: no lookup by name.
      const at = stored.paths[k] === file ? k : stored.byPath.get(file);
      if (at === undefined) return { file, abs };
      const stamp = stampOf(statOf(abs));
      // An equal stamp means unchanged content (stamp.ts); a file now over --max-size is read, to be refused.
      return stamp && stored.holds(at, stamp) && stamp[2] <= options.maxBytes ? { file, abs, stored: at } : { file, abs };
    });
    // By input, in order: what the new index keeps of each file.
    const planned: Array<Planned | undefined> = [];
    let next = 0;
    let damaged = false;
    const needles = requiredNeedles(query);
    // Files answered from the index, in order, up to (not including) input `end`.
    const fromIndexUpTo = async (end: number) => {
      while (next < end) {
        const k = next++;
        const input = inputs[k]!;
        if (input.stored === undefined) continue;
        try {
          // A file without the query's strings has no hit: no view is made of it.
          const firsts = needles && stored!.firstsIn(input.stored, needles);
          const hits = firsts === null ? [] : searchIndexed(stored!.view(input.stored), input.file, query, context, firsts);
          sink.record(input.file, hits);
          planned[k] = { path: input.file, old: input.stored };
          result.fromIndex++;
        } catch (e) {
          if (!(e instanceof DamagedIndexError)) throw e;
          // Nothing of this file was written yet: answer it from the file itself.
          damaged = true;
          next = k;
          await parseInputs([k]);
        }
      }
    };
    const parseInputs = async (which: number[]) => {
      if (which.length === 0) return;
      const before = which.map((k) => settledStampOf(inputs[k]!.abs, Number(now() / 1_000_000n)));
      const { runFiles } = await import('../archive/run-files.js');
      // No cacheDir: the index is this command's cache, and the per-file cache would hold the same
      // data a second time (over 300 MB for the 10 000-file bench archive).
      const progress = createProgress(io, { quiet: options.quiet });
      let j = 0;
      try {
        await runFiles<IndexedFile>(
          which.map((k) => inputs[k]!.file),
          { product: PRODUCT, cwd: io.cwd, readStdin: io.readStdin, roster: options.roster, maxBytes: options.maxBytes, jobs: options.jobs, version: VERSION, onProgress: (done, total) => progress.update(done, total) },
          async (made) => {
            const k = which[j]!;
            const stamp = before[j++];
            await fromIndexUpTo(k);
            next = k + 1;
            if (!made.ok) {
              progress.end();
              io.stderr.write(`verslag: ${escapeForTerminal(made.file)}: ${escapeForTerminal(made.error.reason)}\n`);
              result.failed++;
              return;
            }
            result.parsed++;
            // Searched in the form the index stores, so a file is answered the same before and after.
            const encoded = encodeFile(made.value);
            sink.record(made.file, searchIndexed(viewOf(encoded), made.file, query, context));
            // Stored only when the stamp taken before the read still holds: no write raced the read.
            if (stamp !== undefined && sameStamp(stampOf(statOf(inputs[k]!.abs)), stamp)) planned[k] = { path: inputs[k]!.file, stamp, made: encoded };
            flush();
          },
        );
      } finally {
        progress.end();
      }
    };
    await parseInputs(inputs.flatMap((input, k) => (input.stored === undefined ? [k] : [])));
    await fromIndexUpTo(inputs.length);

    const kept = planned.filter((p) => p !== undefined);
    const unchanged = stored !== undefined && !damaged && kept.length === stored.count && kept.every((p, k) => 'old' in p && p.old === k);
    // A list that no longer holds is made again, and kept once its folders have settled; its files
    // are written out only when they are not the new index's own (Listing.files).
    const ownFiles = kept.length === files.length && kept.every((p, k) => p.path === files[k]);
    const listing: Listing | null = listed ? { ...(stored!.listing as Listing), files: ownFiles ? null : [...files] } : key !== undefined && folders ? { key, files: ownFiles ? null : [...files], emptyFolders, folders } : null;
    // A list reused with an unchanged index is the stored one: no need to compare it text by text.
    if (!unchanged || (!listed && JSON.stringify(listing) !== JSON.stringify(stored.listing))) {
      const { writeIndex } = await import('../query/index/write.js');
      try {
        writeIndex(location, salt, kept, stored, listing);
        result.wrote = true;
      } catch {
        // A failed write (disk full, read-only folder) only costs the next run time.
      }
      await tidyIndexFolder(location);
    } else markUsed(location);
  } finally {
    stored?.close();
  }
  return result;
}

/** Everything besides the files that the index depends on: the tool (its code, query-code-stamp.ts), its format, the roster, the byte order of its numbers. */
async function saltOf(roster: Roster | undefined): Promise<string> {
  // The content hash only while a code file has not settled (a build still writing): it reads them all.
  const code = codeStamp() ?? (await import('../archive/fingerprint.js')).toolFingerprint(VERSION);
  return hash128(`${VERSION}\u0000${code}\u0000${FORMAT}\u0000${endianness()}\u0000${JSON.stringify(roster ?? null)}`);
}

/**
 * One index per working folder and set of arguments (a folder, or some files): another gets its own
 * and leaves this one alone. Files are named in it as the user sees them, relative to the folder.
 */
function indexLocation(cacheDir: string, args: readonly string[], cwd: string): string {
  const key = hash128(JSON.stringify([cwd, ...[...new Set(args.map((a) => (isAbsolute(a) ? a : join(cwd, a))))].sort()]));
  return join(cacheDir, 'query-index', `${key}.vqi`);
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    // A read-only place: writing the index fails later, which only costs the next run time.
  }
}
