import { isAbsolute, join } from 'node:path';
import { InputError } from '../api/errors.js';
import { DEFAULT_MAX_BYTES, parseBytes, readInput } from '../api/parse.js';
import type { Roster, Verslag } from '../model/index.js';
import type { Io } from './io.js';
import { expandPaths } from './paths.js';

export interface ReadEach {
  roster?: Roster;
  maxBytes?: number;
}

/**
 * Parse every input in order, handing each record to `onRecord` as soon as it is ready (so output
 * can stream). A file that can't be read is reported on stderr and the others still run.
 * Returns how many inputs failed.
 */
export async function forEachRecord(args: string[], io: Io, options: ReadEach, onRecord: (record: Verslag) => void | Promise<void>): Promise<number> {
  const { files, missing } = await expandPaths(args, io.cwd);
  let failed = 0;
  for (const m of missing) {
    io.stderr.write(`verslag: ${m}: no such file or folder\n`);
    failed++;
  }
  for (const file of files) {
    try {
      const bytes = file === '-' ? await io.readStdin() : await readInput(isAbsolute(file) ? file : join(io.cwd, file), options.maxBytes ?? DEFAULT_MAX_BYTES);
      const record = parseBytes(bytes, { path: file === '-' ? '<stdin>' : file, ...(options.roster ? { roster: options.roster } : {}) });
      await onRecord(record);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr.write(`verslag: ${e.file}: ${e.reason}\n`);
      failed++;
    }
  }
  return failed;
}
