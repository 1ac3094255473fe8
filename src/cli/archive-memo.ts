import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolFingerprint } from '../archive/fingerprint.js';
import type { ArchiveSummary } from '../archive/summary.js';
import { summaryTextOf, type ValidatedFile } from '../archive/validate-product.js';
import type { Diagnostic, Roster } from '../model/index.js';

/**
 * The archive rules' messages, cached with `--cache`. They depend only on the files' summaries (each
 * with its path), the roster and the rules' code, so that is the key: the summaries' texts as the
 * cache holds them, hashed in file order. A run in which no file changed finds its answer without
 * parsing a single summary; any change to any file changes its summary text and so the key, and the
 * rules run over every summary as before. Levels are applied after, so they are not in the key.
 *
 * One file per roster, `archive/<roster hash>.json`: the key on the first line, then the messages.
 * Written whole and renamed into place; one that does not read back exactly is a miss.
 */
export async function archiveProblems(
  files: ReadonlyArray<{ file: string; value: ValidatedFile }>,
  roster: Roster | undefined,
  cacheDir: string | undefined,
  version: string,
  find: (summaries: ArchiveSummary[]) => Promise<Diagnostic[]>,
): Promise<Diagnostic[]> {
  const summaries = () => files.map((f) => f.value.summary);
  if (!cacheDir) return await find(summaries());
  const rosterJson = JSON.stringify(roster ?? null);
  const hash = createHash('sha256').update(toolFingerprint(version)).update('\u0000').update(rosterJson);
  for (const { file, value } of files) hash.update(`\u0000${file}\u0000`).update(summaryTextOf(value));
  const key = hash.digest('hex');
  const path = join(cacheDir, 'archive', `${createHash('sha256').update(rosterJson).digest('hex').slice(0, 16)}.json`);
  const known = read(path, key);
  if (known) return known;
  const found = await find(summaries());
  const { keepInCache } = await import('../io/atomic-write.js');
  await keepInCache(path, `${key}\n${JSON.stringify(found)}`);
  return found;
}

function read(path: string, key: string): Diagnostic[] | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== key) return undefined;
    const found: unknown = JSON.parse(text.slice(nl + 1));
    return Array.isArray(found) ? (found as Diagnostic[]) : undefined;
  } catch {
    return undefined;
  }
}
