import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { loadRoster } from '../api/roster.js';
import type { Roster } from '../model/index.js';
import type { Io } from './io.js';
import { UsageError } from './main.js';

/** `--roster FILE`: read and check it; any problem is a usage error that names the file. */
export async function loadRosterOption(path: string, io: Io): Promise<Roster> {
  const abs = isAbsolute(path) ? path : join(io.cwd, path);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the roster (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const result = await loadRoster(text);
  if (!result.ok) throw new UsageError(`${path}: ${result.error}`);
  return result.roster;
}
