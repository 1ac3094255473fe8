import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore from 'ignore';

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
}

export interface ExpandOptions {
  /** Extra gitignore-style patterns (`--ignore`), on top of `.verslagignore`. */
  ignore?: readonly string[] | undefined;
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
  const files = new Set<string>();
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  const keep = (shown: string, abs: string) => {
    if (!ignored(abs)) files.add(shown);
  };
  for (const arg of args) {
    if (arg === '-') {
      files.add('-');
      continue;
    }
    const abs = isAbsolute(arg) ? arg : join(cwd, arg);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const fg = await fastGlob();
      const found = await fg(`**/*.{${INPUT_EXTENSIONS.join(',')}}`, { cwd: abs, dot: false, onlyFiles: true, ignore: ALWAYS_IGNORED });
      if (found.length === 0) emptyFolders.push(arg);
      for (const f of found) keep(display(join(abs, f), cwd, arg), join(abs, f));
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
  return { files: sorted, missing, emptyFolders };
}

/** A test for absolute paths: true when `.verslagignore` or `--ignore` leaves the file out. */
async function ignoreFilter(cwd: string, extra: readonly string[]): Promise<(abs: string) => boolean> {
  const text = await readFile(join(cwd, IGNORE_FILE), 'utf8').catch(() => '');
  if (!text.trim() && extra.length === 0) return () => false;
  const matcher = ignore().add(text).add([...extra]);
  return (abs) => {
    const rel = relative(cwd, abs);
    // Patterns are relative to the working folder; files outside it are not theirs to leave out.
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return matcher.ignores(sep === '/' ? rel : rel.split(sep).join('/'));
  };
}

function display(abs: string, cwd: string, arg: string): string {
  return isAbsolute(arg) ? abs : relative(cwd, abs);
}

/** fast-glob is loaded only for folders and globs: naming a file (the notulist's case) skips it. */
async function fastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}
