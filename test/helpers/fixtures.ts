import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
/** ../shared beside the clone: gold, seeds and corpus. Absent on a fresh machine. */
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'gold'));

/** Cases under fixtures/<group>/: each a folder with an input file. */
export function cases(group: string): Array<{ name: string; dir: string; input: string }> {
  const base = join(FIXTURES, group);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(base, d.name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      return { name: d.name, dir, input: input ? join(dir, input) : '' };
    })
    .filter((c) => c.input)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Compare `actual` with the expected file; with UPDATE=1 write it instead (review the diff by
 * eye before committing). Returns the expected text. A missing expected file fails the test:
 * writing it silently would let a deleted or renamed golden file pass.
 */
export function expectedFile(path: string, actual: string): string {
  if (process.env.UPDATE === '1') {
    writeFileSync(path, actual);
    return actual;
  }
  if (!existsSync(path)) throw new Error(`missing expected file ${path}: run the test with UPDATE=1 and review it`);
  return readFileSync(path, 'utf8');
}

/** Corpus files (other people's texts), read from ../shared/corpus; empty when it is absent. */
export function corpusFiles(): string[] {
  const base = join(SHARED, 'corpus');
  if (!existsSync(base)) return [];
  const out: string[] = [];
  for (const d of readdirSync(base, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of readdirSync(join(base, d.name))) out.push(join(d.name, f));
  }
  return out.sort();
}
