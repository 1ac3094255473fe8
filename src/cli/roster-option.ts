import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { loadRoster, YAML_LIMITS } from '../api/roster.js';
import type { Roster } from '../model/index.js';
import type { Io } from './io.js';
import { UsageError } from './main.js';

/** `--roster FILE`: read and check it; any problem is a usage error that names the file. */
export async function loadRosterOption(path: string, io: Io): Promise<Roster> {
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
  const result = await loadRoster(text);
  if (!result.ok) throw new UsageError(`${path}: ${result.error}`);
  return result.roster;
}
