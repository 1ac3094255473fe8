import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** File endings a folder is searched for. */
export const INPUT_EXTENSIONS = ['txt', 'md', 'markdown', 'text'];

/** Read from the working folder, in gitignore syntax. */
export const IGNORE_FILE = '.verslagignore';

/** Never minutes: dependencies and the cache itself. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.verslag-cache/**'];

export interface Expanded {
  /** Files to read, sorted, `-` for stdin; paths as the user would write them (relative to cwd). */
  files: string[];
  /** Arguments that matched nothing: reported as input errors. */
  missing: string[];
  /** Folders named that hold no minutes files: reported too, not silently skipped. */
  emptyFolders?: string[];
  /** Folders below the arguments that could not be read (permissions), with the error code. */
  unreadable?: Array<{ folder: string; code: string }>;
}

export interface ExpandOptions {
  /** Extra gitignore-style patterns (`--ignore`), on top of `.verslagignore`. */
  ignore?: readonly string[] | undefined;
  /**
   * Folders whose files folders and globs never yield: the cache (`--cache-location`), whose stamp
   * index is a .txt file. Kept inside the archive, it was read as a verslag on the next run.
   */
  skipFolders?: readonly string[] | undefined;
}

/** ExpandOptions for a command's reading options: its --ignore patterns, and its cache folder left out. */
export function expandOptionsOf(read: { ignore?: readonly string[] | undefined; cacheDir?: string | undefined }): ExpandOptions {
  return { ignore: read.ignore, skipFolders: read.cacheDir ? [read.cacheDir] : [] };
}

/**
 * Files, folders and globs → a sorted, de-duplicated list of files. A folder means every
 * minutes file below it; a glob is expanded by fast-glob; `-` stays `-` (stdin).
 *
 * `.verslagignore` in the working folder and `--ignore` patterns (gitignore syntax, relative to
 * the working folder) leave out files that folders and globs find. A file named explicitly is
 * always read: naming it is as explicit as a user can be (as with `git add -f`).
 */
export async function expandPaths(args: string[], cwd: string, options: ExpandOptions = {}): Promise<Expanded> {
  const ignored = await ignoreFilter(cwd, options.ignore ?? []);
  const skipped = skippedFolders(options.skipFolders ?? [], cwd);
  const files = new Set<string>();
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  const unreadable: Array<{ folder: string; code: string }> = [];
  const keep = (shown: string, abs: string) => {
    if (!ignored(abs) && !skipped.holds(abs)) files.add(shown);
  };
  for (const arg of args) {
    if (arg === '-') {
      files.add('-');
      continue;
    }
    const abs = isAbsolute(arg) ? arg : join(cwd, arg);
    // Synchronous, as the walk below: the first promise-based stat of a run cost a tenth of a second.
    const info = statOrUndefined(abs);
    if (info?.isDirectory()) {
      const found = minutesFilesBelow(abs, (folder, code) => unreadable.push({ folder: display(folder, cwd, arg), code }), skipped.real);
      if (found.length === 0 && unreadable.length === 0) emptyFolders.push(arg);
      for (const f of found) keep(display(f, cwd, arg), f);
      continue;
    }
    if (info) {
      files.add(arg);
      continue;
    }
    const fg = await fastGlob();
    if (fg.isDynamicPattern(arg)) {
      const found = await fg(arg, { cwd, onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED });
      if (found.length === 0) missing.push(arg);
      for (const f of found) keep(f, isAbsolute(f) ? f : join(cwd, f));
      continue;
    }
    missing.push(arg);
  }
  // Code-unit order, not locale order: the same on every machine and in every CI.
  const sorted = [...files].sort((a, b) => (a === '-' ? -1 : b === '-' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return { files: sorted, missing, emptyFolders, unreadable };
}

const EXTENSION = new RegExp(`\\.(?:${INPUT_EXTENSIONS.join('|')})$`);
// The folders ALWAYS_IGNORED names (.verslag-cache is a dot folder, left out with the others).
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Every minutes file below a folder (absolute paths), as fast-glob's `**\/*.{txt,md,…}` with
 * `dot: false` and ALWAYS_IGNORED finds them: no names starting with a dot, no node_modules, links
 * followed. A synchronous walk: fast-glob's asynchronous one was a tenth of a warm validate of
 * 10 000 files, most of it waiting. A link back up to a folder being walked (a loop) is not
 * followed; fast-glob would go round it until the path grew too long.
 */
function minutesFilesBelow(root: string, cannotRead: (folder: string, code: string) => void, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // The real paths of the folders being walked, this one and those above it.
  const walking = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (walking.has(real) || skip.has(real)) return;
    walking.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // Said, not skipped in silence: the files in it are not checked.
      cannotRead(dir, (e as NodeJS.ErrnoException).code ?? 'error');
      walking.delete(real);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const target = statSync(path, { throwIfNoEntry: false });
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir && !SKIPPED_FOLDERS.has(e.name)) walk(path);
      else if (isFile && EXTENSION.test(e.name)) out.push(path);
    }
    walking.delete(real);
  };
  walk(root);
  return out;
}

/**
 * Folders left out: their real paths (the walk compares each folder's), and a test for a path found
 * by a glob, as given or with links resolved. A folder that does not exist yet holds nothing.
 */
function skippedFolders(folders: readonly string[], cwd: string): { real: ReadonlySet<string>; holds: (abs: string) => boolean } {
  const real = new Set<string>();
  const prefixes: string[] = [];
  for (const folder of folders) {
    const abs = resolve(cwd, folder);
    prefixes.push(abs + sep);
    try {
      const r = realpathSync(abs);
      real.add(r);
      prefixes.push(r + sep);
    } catch {
      // Not there (yet): nothing in it to leave out.
    }
  }
  return { real, holds: (abs) => prefixes.some((p) => abs.startsWith(p)) };
}

/** A test for absolute paths: true when `.verslagignore` or `--ignore` leaves the file out. */
async function ignoreFilter(cwd: string, extra: readonly string[]): Promise<(abs: string) => boolean> {
  let text = '';
  try {
    text = readFileSync(join(cwd, IGNORE_FILE), 'utf8');
  } catch {
    // No .verslagignore.
  }
  if (!text.trim() && extra.length === 0) return () => false;
  // Loaded only when there are patterns: most runs have none, and a query answered from its index
  // (cli/query-index.ts) should not pay for loading it.
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add(text).add([...extra]);
  return (abs) => {
    const rel = relative(cwd, abs);
    // Patterns are relative to the working folder; files outside it are not theirs to leave out.
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return matcher.ignores(sep === '/' ? rel : rel.split(sep).join('/'));
  };
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function display(abs: string, cwd: string, arg: string): string {
  return isAbsolute(arg) ? abs : relative(cwd, abs);
}

/** fast-glob is loaded only for folders and globs: naming a file (the notulist's case) skips it. */
async function fastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}
