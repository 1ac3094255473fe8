import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { YAML_LIMITS } from '../api/safe-yaml.js';
import type { Roster } from '../model/index.js';
import type { Io } from './io.js';
import { readRosterMemo, rosterMemoPath, writeRosterMemo } from './roster-memo.js';
import { UsageError } from './main.js';

/**
 * `--roster FILE`: read and check it; any problem is a usage error that names the file. With a
 * cache folder, a roster checked before (same text, same tool) is read back unchecked (roster-memo.ts).
 */
export async function loadRosterOption(path: string, io: Io, cacheDir?: string): Promise<Roster> {
  const abs = isAbsolute(path) ? path : join(io.cwd, path);
  let text: string;
  try {
    // Checked before reading, so a huge file or an endless device is never read into memory.
    const info = await stat(abs);
    if (info.isDirectory()) throw new UsageError(`${path}: is a directory, not a roster file`);
    if (!info.isFile()) throw new UsageError(`${path}: is not a regular file`);
    if (info.size > YAML_LIMITS.maxBytes) throw new UsageError(`${path}: the roster is ${info.size} bytes, over the limit of ${YAML_LIMITS.maxBytes}`);
    text = await readFile(abs, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${path}: cannot read the roster (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const memo = cacheDir === undefined ? undefined : await memoPath(cacheDir, text);
  const kept = memo === undefined ? undefined : readRosterMemo(memo);
  if (kept) return kept;
  const { loadRoster } = await import('../api/roster.js');
  const result = await loadRoster(text);
  if (!result.ok) throw new UsageError(`${path}: ${result.error}`);
  if (memo !== undefined) await writeRosterMemo(memo, result.roster);
  return result.roster;
}

async function memoPath(cacheDir: string, text: string): Promise<string> {
  const [{ toolFingerprint }, { VERSION }] = await Promise.all([import('../archive/fingerprint.js'), import('./program.js')]);
  return rosterMemoPath(cacheDir, text, toolFingerprint(VERSION));
}
