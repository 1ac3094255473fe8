import type { CacheStrategy } from '../archive/run-files.js';
import { siblingModule } from '../archive/module-url.js';
import type { ProductRef } from '../archive/product.js';
import type { Roster, Verslag } from '../model/index.js';
import type { Io } from './io.js';
import { type Expanded, expandOptionsOf, expandPaths, INPUT_EXTENSIONS } from './paths.js';
import { UsageError } from './main.js';
import { escapeForTerminal } from '../report/terminal.js';
import { createProgress } from './progress.js';
// A cycle (program → commands → read → program) that is safe: VERSION is read only when a command runs.
import { VERSION } from './program.js';
import { type ArchiveOpts, readEachFrom } from './archive-options.js';

export interface ReadEach {
  roster?: Roster;
  maxBytes?: number;
  /** Cache folder (`--cache`, `--cache-location`); no cache when absent. */
  cacheDir?: string;
  /** How the cache tells a file is unchanged (`--cache-strategy`); default `metadata`. */
  cacheStrategy?: CacheStrategy;
  /** Worker threads (`--jobs`); default the number of cores, 1 parses in this thread. */
  jobs?: number;
  /** Extra ignore patterns (`--ignore`), on top of `.verslagignore`. */
  ignore?: string[];
  /** No progress line (`--quiet`). */
  quiet?: boolean;
}

/** The record product: whole records, for commands that print or search them. */
const RECORD: ProductRef = { module: siblingModule(import.meta.url, '../archive/products.js'), name: 'recordProduct' };

/**
 * Parse every input in order, handing each record to `onRecord` as soon as it is ready (so output
 * can stream). A file that can't be read is reported on stderr and the others still run.
 * Returns how many inputs failed.
 */
export function forEachRecord(inputs: string[] | Expanded, io: Io, options: ReadEach, onRecord: (record: Verslag) => void | Promise<void>): Promise<number> {
  return forEachProduct<Verslag>(inputs, io, options, RECORD, onRecord);
}

/**
 * The same for any product (see src/archive/products.ts): what a command needs of each file,
 * made on worker threads and cached. Results come in the sorted order of the files. `inputs` are
 * the arguments as given, or already expanded by a command that needed the file list first.
 */
export async function forEachProduct<T>(inputs: string[] | Expanded, io: Io, options: ReadEach, product: ProductRef, onValue: (value: T, file: string) => void | Promise<void>): Promise<number> {
  // `Number('abc')` is NaN, and no size is over a NaN limit: an unreadable --max-size would
  // silently mean "no limit".
  if (options.maxBytes !== undefined && !(options.maxBytes > 0)) throw new UsageError(MAX_SIZE_USAGE);
  const expanded = Array.isArray(inputs) ? await expandPaths(inputs, io.cwd, expandOptionsOf(options)) : inputs;
  const { files } = expanded;
  let failed = reportUnread(io, expanded);
  const progress = createProgress(io, { quiet: options.quiet });
  try {
    // Loaded here, not at the top: it brings the parser, which a query answered from its index
    // (cli/query-index.ts) never needs, and that module imports this one.
    const { runFiles } = await import('../archive/run-files.js');
    await runFiles<T>(
      files,
      {
        product,
        cwd: io.cwd,
        readStdin: io.readStdin,
        roster: options.roster,
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
        cacheDir: options.cacheDir,
        cacheStrategy: options.cacheStrategy,
        jobs: options.jobs,
        version: VERSION,
        onProgress: (done, total) => progress.update(done, total),
      },
      async (result) => {
        if (result.ok) return onValue(result.value, result.file);
        progress.end();
        // Named as the user wrote it (the error itself may hold the absolute path that was read).
        io.stderr.write(`verslag: ${escapeForTerminal(result.file)}: ${escapeForTerminal(result.error.reason)}\n`);
        failed++;
      },
    );
  } finally {
    progress.end();
  }
  return failed;
}

/**
 * Say which arguments gave nothing to read: a path that does not exist, a folder without minutes
 * files, a folder that could not be read. Each is an input error for that argument (exit 2) while
 * the other files still run. Returns how many there were.
 */
export function reportUnread(io: Io, expanded: Pick<Expanded, 'missing' | 'emptyFolders' | 'unreadable'>): number {
  const { missing, emptyFolders = [], unreadable = [] } = expanded;
  for (const m of missing) io.stderr.write(`verslag: ${escapeForTerminal(m)}: no such file or folder\n`);
  for (const folder of emptyFolders) {
    io.stderr.write(`verslag: ${escapeForTerminal(folder)}: no minutes files (${INPUT_EXTENSIONS.map((e) => '.' + e).join(', ')}) in this folder\n`);
  }
  for (const { folder, code } of unreadable) io.stderr.write(`verslag: ${escapeForTerminal(folder)}: this folder can't be read (${code}); the files in it were not checked\n`);
  return missing.length + emptyFolders.length + unreadable.length;
}

const MAX_SIZE_USAGE = '--max-size must be a number of megabytes above 0 (for example --max-size 512)';

/**
 * How a command that reads records reads them: its archive flags, `--max-size`, and `--roster`
 * checked (or read back from the cache folder). The roster's loader is imported only when one is given.
 */
export async function readingOf(opts: ArchiveOpts & { roster?: string | undefined; maxSize: string }, io: Io): Promise<ReadEach & { maxBytes: number }> {
  const each = readEachFrom(opts, io);
  const roster = opts.roster ? await (await import('./roster-option.js')).loadRosterOption(opts.roster, io, each.cacheDir) : undefined;
  return { ...(roster ? { roster } : {}), maxBytes: maxBytesOf(opts.maxSize), ...each };
}

/** `--max-size <mb>` in bytes; anything but a positive number is a usage error (never "no limit"). */
export function maxBytesOf(megabytes: string): number {
  const mb = Number(megabytes);
  if (!(mb > 0)) throw new UsageError(MAX_SIZE_USAGE);
  return mb * 1024 * 1024;
}
