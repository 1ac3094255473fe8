import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's src or dist: the folder whose code files stand for the tool's code. */
export const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The tool's code files (.js/.ts/.mjs, not .d.ts) below `root` (tests give another), as sorted relative paths: what
 * the cache's fingerprint hashes (fingerprint.ts) and the query index's salt stamps
 * (cli/query-code-stamp.ts). No node:crypto here, so a cached query can list them without it.
 */
export function codeFiles(root: string = CODE_ROOT): string[] {
  return walk(root, '')
    .filter((f) => /\.(?:js|ts|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
}

/** Walked by hand: Node 20's recursive readdirSync stats every entry. */
function walk(root: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = prefix ? join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...walk(root, path));
    else out.push(path);
  }
  return out;
}
