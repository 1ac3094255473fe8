import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { currentStamp, isSettled, stampOf } from '../archive/file-stamp.js';

/**
 * The file list of a query over folders, kept with the query index so that a warm run need not walk
 * the archive (nor load fast-glob and ignore). A folder's stamp changes whenever a name in it is
 * added, removed or renamed, so when every folder below the arguments has the stamp it had, and the
 * arguments, working folder, --ignore patterns and .verslagignore are the same, the list is the one
 * expandPaths gave then. As with files, a stamp is only kept once it is settled (file-stamp.ts).
 * Only for arguments that are all folders: globs and single files take expandPaths every time.
 */
export interface Listing {
  key: string;
  /** null: the index's own files, in its order (the usual case, kept once rather than twice). */
  files: string[] | null;
  emptyFolders: string[];
  /** Every folder below the arguments (but dot-folders and node_modules, whose files are never listed), with its stamp. */
  folders: Array<[string, string]>;
}

// cli/paths.ts's IGNORE_FILE; importing that module would load the ignore package.
const IGNORE_FILE = '.verslagignore';

/** What the list depends on besides the folders, or undefined when an argument is not a folder. */
export function listingKey(args: readonly string[], cwd: string, ignore: readonly string[] | undefined): string | undefined {
  for (const arg of args) {
    try {
      if (!statSync(isAbsolute(arg) ? arg : join(cwd, arg)).isDirectory()) return undefined;
    } catch {
      return undefined;
    }
  }
  return JSON.stringify({ args, cwd, ignore: ignore ?? [], ignoreFile: currentStamp(join(cwd, IGNORE_FILE)) ?? null });
}

/** The stored list when it still holds. */
export function reuseListing(stored: unknown, key: string): Pick<Listing, 'files' | 'emptyFolders'> | undefined {
  if (!isListing(stored) || stored.key !== key) return undefined;
  for (const [folder, stamp] of stored.folders) if (folderStamp(folder) !== stamp) return undefined;
  return stored;
}

/**
 * The stamps of every folder below the arguments, or undefined when one of them (or .verslagignore)
 * is not settled yet. Taken before the folders are listed: a name added while they are listed then
 * gives a folder a stamp other than the one kept, and the next run lists them again.
 */
export function stampFolders(args: readonly string[], cwd: string, nowNs: bigint): Listing['folders'] | undefined {
  const folders: Array<[string, string]> = [];
  const seen = new Set<string>();
  const ignoreFile = statOrUndefined(join(cwd, IGNORE_FILE));
  if (ignoreFile && !isSettled(ignoreFile, nowNs)) return undefined;
  // Symbolic links are followed, as fast-glob follows them; a folder reached twice is stamped once.
  const walk = (folder: string): boolean => {
    const st = statSync(folder, { bigint: true });
    const id = `${st.dev}:${st.ino}`;
    if (seen.has(id)) return true;
    seen.add(id);
    if (!isSettled(st, nowNs)) return false;
    folders.push([folder, stampOf(st)]);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if ((entry.isDirectory() || (entry.isSymbolicLink() && statOrUndefined(path)?.isDirectory())) && !walk(path)) return false;
    }
    return true;
  };
  try {
    for (const arg of args) if (!walk(isAbsolute(arg) ? arg : join(cwd, arg))) return undefined;
  } catch {
    return undefined;
  }
  return folders;
}

function folderStamp(folder: string): string | undefined {
  const st = statOrUndefined(folder);
  return st?.isDirectory() ? stampOf(st) : undefined;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

function isListing(value: unknown): value is Listing {
  const v = value as Listing | null;
  return typeof v === 'object' && v !== null && typeof v.key === 'string' && (v.files === null || Array.isArray(v.files)) && Array.isArray(v.emptyFolders) && Array.isArray(v.folders);
}
