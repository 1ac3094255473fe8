import { isAbsolute, join } from 'node:path';
import { type Command, Option } from 'commander';
import type { CacheStrategy } from '../archive/run-files.js';
import type { Io } from './io.js';
import { UsageError } from './main.js';
import type { ReadEach } from './read.js';

export const DEFAULT_CACHE_LOCATION = '.verslag-cache';

// The strategies run-files.ts knows, as a Record so the compiler checks the list against its type;
// only the type is imported from there, since that module loads the parser, which a query answered
// from its index never needs.
const STRATEGIES: Record<CacheStrategy, true> = { metadata: true, content: true };
const CACHE_STRATEGIES = Object.keys(STRATEGIES) as CacheStrategy[];

// Not variadic: `--ignore '*.bak' archief/` must leave the folder an argument.
/** Commander's accumulator for an option that may be given more than once. */
export const collect = (value: string, previous: string[]) => [...previous, value];

/** The options of every command that reads many files. */
export interface ArchiveOpts {
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
  jobs?: string;
  ignore?: string[];
  quiet?: boolean;
}

/**
 * Add --cache, --cache-location, --cache-strategy, --jobs, --ignore and (unless the command has its own) --quiet.
 * validate's --quiet already means "errors only"; it silences the progress line as well.
 */
export function addArchiveOptions(command: Command, options: { quiet?: boolean } = {}): Command {
  command
    .option('--cache', `reuse results of unchanged files (stored in ${DEFAULT_CACHE_LOCATION}/)`)
    .option('--cache-location <dir>', 'folder for the cache (implies --cache)')
    .addOption(
      new Option('--cache-strategy <strategy>', 'how the cache tells a file is unchanged: metadata (size, times, inode: no read) or content (read and hash every file)')
        .choices([...CACHE_STRATEGIES])
        .default('metadata'),
    )
    .option('-j, --jobs <n>', 'worker threads for parsing (default: the number of cores; 1 = none)')
    .option('--ignore <pattern>', 'leave out files matching this pattern (gitignore syntax, as in .verslagignore); repeatable', collect, []);
  if (options.quiet !== false) command.option('-q, --quiet', 'no progress line on stderr');
  return command;
}

/** The ReadEach options from those flags; a bad --jobs is a usage error. */
export function readEachFrom(opts: ArchiveOpts, io: Io): Pick<ReadEach, 'cacheDir' | 'cacheStrategy' | 'jobs' | 'ignore' | 'quiet'> {
  const out: Pick<ReadEach, 'cacheDir' | 'cacheStrategy' | 'jobs' | 'ignore' | 'quiet'> = {};
  if (opts.cache || opts.cacheLocation) {
    const dir = opts.cacheLocation ?? DEFAULT_CACHE_LOCATION;
    out.cacheDir = isAbsolute(dir) ? dir : join(io.cwd, dir);
    if (opts.cacheStrategy) out.cacheStrategy = opts.cacheStrategy;
  }
  if (opts.jobs !== undefined) {
    const n = Number(opts.jobs);
    if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${opts.jobs}"`);
    out.jobs = n;
  }
  if (opts.ignore?.length) out.ignore = opts.ignore;
  if (opts.quiet) out.quiet = true;
  return out;
}
