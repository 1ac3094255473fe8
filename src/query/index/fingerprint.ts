import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../../model/version.js';

const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let cached: string | undefined;

/**
 * What archive/fingerprint.ts's toolFingerprint gives (a hash of every .js/.ts file of src or dist,
 * with the version and schema version: new code never reads an old index), without loading the
 * record schemas: that module imports SCHEMA_VERSION from model/index.js, which loads zod, a
 * tenth of a second of a query that the index answers in a few tenths.
 */
export function codeFingerprint(version: string): string {
  cached ??= compute();
  return `${version}\u0000${SCHEMA_VERSION}\u0000${cached}`;
}

function compute(): string {
  const files = codeFiles(CODE_ROOT, '')
    .filter((f) => /\.(?:js|ts|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f);
    hash.update('\u0000');
    hash.update(readFileSync(join(CODE_ROOT, f)));
  }
  return hash.digest('hex');
}

/** Paths below `root`, as readdirSync's `recursive` gives them, without the stat per entry that Node 20's recursive walk makes. */
function codeFiles(root: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = prefix ? join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...codeFiles(root, path));
    else out.push(path);
  }
  return out;
}
