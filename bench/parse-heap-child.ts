// Child of bench/parse.ts: parse one document of the seeds repeated to argv[2] MB, under whatever
// heap limit the parent started it with. Prints the live heap before the parse ("baseline=…") and
// "parsed" when the parse completed; a parse that needs more heap than the limit dies with V8's
// out-of-memory error instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './util.js';

type ParseBytes = (bytes: Uint8Array, options?: { path?: string }) => { agenda: unknown[] };
const { parseBytes } = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as { parseBytes: ParseBytes };
const base = join(ROOT, 'fixtures', 'parse');
const seeds = readdirSync(base)
  .filter((d) => d.startsWith('seed-'))
  .sort()
  .map((d) => readFileSync(join(base, d, 'input.txt')));
const target = Number(process.argv[2]) * 1024 * 1024;
const parts: Buffer[] = [];
for (let n = 0; n < target; ) {
  for (const s of seeds) {
    parts.push(s, Buffer.from('\n\n'));
    n += s.length + 2;
  }
}
// Buffers this large live outside the JavaScript heap: the baseline is the code and its data.
const doc = Buffer.concat(parts);
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`bytes=${doc.length} baseline=${process.memoryUsage().heapUsed}\n`);
const record = parseBytes(doc, { path: 'bench.txt' });
process.stdout.write(`parsed ${record.agenda.length}\n`);
