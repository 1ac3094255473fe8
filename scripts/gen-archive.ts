// npm run gen-archive -- --files 10000 --out DIR [--clean] [--seed N]
//
// Writes a synthetic archive of verslagen built from the seeds' patterns (SER header block, numbered
// items, reported speech, decisions, R/NNNN references, numbers and dates that go up), with a known
// set of planted archive errors listed in DIR/manifest.json (none with --clean), and DIR/roster.yaml.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive } from './gen-archive/index.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    clean: { type: 'boolean', default: false },
  },
});
if (!values.out) {
  process.stderr.write('usage: npm run gen-archive -- --files 10000 --out DIR [--clean] [--seed N]\n');
  process.exit(2);
}
const files = Number(values.files);
if (!Number.isInteger(files) || files < 1) {
  process.stderr.write(`--files takes a whole number above 0, not "${values.files}"\n`);
  process.exit(2);
}
const out = resolve(values.out);
const started = performance.now();
await writeArchive(out, { files, seed: Number(values.seed), clean: values.clean });
process.stderr.write(`wrote ${files} verslagen to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

async function writeArchive(dir: string, options: { files: number; seed: number; clean: boolean }): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const generated = generateArchive(options);
  const made = new Set<string>();
  for (const file of generated.files()) {
    const path = join(dir, file.path);
    if (!made.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    await writeFile(path, file.text);
  }
  await writeFile(join(dir, 'roster.yaml'), generated.roster);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(generated.manifest, null, 2) + '\n');
}
