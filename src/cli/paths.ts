import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import fg from 'fast-glob';

/** File endings a folder is searched for. */
export const INPUT_EXTENSIONS = ['txt', 'md', 'markdown', 'text'];

export interface Expanded {
  /** Files to read, sorted, `-` for stdin; paths as the user would write them (relative to cwd). */
  files: string[];
  /** Arguments that matched nothing: reported as input errors. */
  missing: string[];
}

/**
 * Files, folders and globs → a sorted, de-duplicated list of files. A folder means every
 * minutes file below it; a glob is expanded by fast-glob; `-` stays `-` (stdin).
 */
export async function expandPaths(args: string[], cwd: string): Promise<Expanded> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.add('-');
      continue;
    }
    const abs = isAbsolute(arg) ? arg : join(cwd, arg);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await fg(`**/*.{${INPUT_EXTENSIONS.join(',')}}`, { cwd: abs, dot: false, onlyFiles: true });
      for (const f of found) files.add(display(join(abs, f), cwd, arg));
      continue;
    }
    if (info) {
      files.add(arg);
      continue;
    }
    if (fg.isDynamicPattern(arg)) {
      const found = await fg(arg, { cwd, onlyFiles: true, dot: false });
      if (found.length === 0) missing.push(arg);
      for (const f of found) files.add(f);
      continue;
    }
    missing.push(arg);
  }
  const sorted = [...files].sort((a, b) => (a === '-' ? -1 : b === '-' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return { files: sorted, missing };
}

function display(abs: string, cwd: string, arg: string): string {
  return isAbsolute(arg) ? abs : relative(cwd, abs);
}
