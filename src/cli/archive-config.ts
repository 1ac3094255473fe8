import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_NAMES } from '../config/index.js';

/**
 * The nearest config file from a folder upwards, as config/load.ts's findConfig finds it, for many
 * folders at once: each folder is looked at once, and its answer is shared by every folder below
 * it. An archive's hundreds of year folders under one root cost a few checks, not a walk to the
 * root for each (awaited one after another, those walks were a tenth of a warm run).
 */
export class ConfigFinder {
  private readonly known = new Map<string, string | undefined>();

  find(dir: string): string | undefined {
    const start = resolve(dir);
    const walked: string[] = [];
    let found: string | undefined;
    for (let current = start; ; current = dirname(current)) {
      if (this.known.has(current)) {
        found = this.known.get(current);
        break;
      }
      walked.push(current);
      found = here(current);
      if (found !== undefined || dirname(current) === current) break;
    }
    // Every folder walked had no config of its own below the one found, so `found` is theirs too.
    for (const d of walked) this.known.set(d, found);
    return found;
  }
}

/** The config file in this folder itself, if any (first name found wins). */
function here(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next name.
    }
  }
  return undefined;
}
