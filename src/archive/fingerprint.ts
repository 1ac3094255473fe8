import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// model/version.js, not model/index.js: that one loads zod, a tenth of a second of a query the
// index answers in a few tenths.
import { SCHEMA_VERSION } from '../model/version.js';
import { CODE_ROOT, codeFiles } from './code-files.js';

let cached: string | undefined;

/**
 * A hash of the tool's own code (every .js/.ts file of the package's src or dist, by content) with
 * the schema version. It goes into every cache key: a new build, or a parser change during
 * development without a version bump, can never be answered from entries of the old code. By
 * content, not mtime, so a cache restored in CI on another machine still hits.
 */
export function toolFingerprint(version: string): string {
  cached ??= compute();
  return `${version}\u0000${SCHEMA_VERSION}\u0000${cached}`;
}

// About a hundred small files, read once per run: a few milliseconds, in this thread.
function compute(): string {
  const hash = createHash('sha256');
  for (const f of codeFiles()) {
    hash.update(f);
    hash.update('\u0000');
    hash.update(readFileSync(join(CODE_ROOT, f)));
  }
  return hash.digest('hex');
}
