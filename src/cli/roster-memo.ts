import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Roster } from '../model/index.js';

/**
 * A roster checked once, kept in the cache (`--cache`): `roster/<key>.json`, the roster as it came
 * out of the check, keyed by the sha256 of the tool's code fingerprint and the file's text. A run
 * with the same roster and the same tool then reads it back as JSON, and loads neither the YAML
 * reader nor zod (about 100 modules: most of a warm validate's start-up). Any edit to the file, or
 * another build of the tool, is another key; a roster that fails its check is never kept.
 */
export function rosterMemoPath(cacheDir: string, text: string, fingerprint: string): string {
  const key = createHash('sha256').update(fingerprint).update('\u0000').update(text).digest('hex').slice(0, 32);
  return join(cacheDir, 'roster', `${key}.json`);
}

/** The kept roster, or undefined when there is none, or one that does not read back as a roster. */
export function readRosterMemo(path: string): Roster | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof data === 'object' && data !== null && Array.isArray((data as Roster).members)) return data as Roster;
  } catch {
    // None yet, or cut short: checked again below.
  }
  return undefined;
}

/** Keep a checked roster; one that can't be written is only checked again next run. */
export async function writeRosterMemo(path: string, roster: Roster): Promise<void> {
  const { keepInCache } = await import('../io/atomic-write.js');
  await keepInCache(path, JSON.stringify(roster));
}
