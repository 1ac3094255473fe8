import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Generated, generateArchive, type GenerateOptions } from '../../scripts/gen-archive/index.js';

/** A generated archive in a fresh temporary folder (removed by `remove`). */
export function writeGenerated(options: GenerateOptions): { dir: string; generated: Generated; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'verslag-archive-'));
  const generated = generateArchive(options);
  for (const file of generated.files()) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  writeFileSync(join(dir, 'roster.yaml'), generated.roster);
  return { dir, generated, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'verslag-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
