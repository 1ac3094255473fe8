// Parse throughput against the floor, and heap per MB of input.
//
// Inputs: the seed fixtures (fixtures/parse/seed-*/input.txt) repeated to ≥ 50 MB, (a) as separate
// documents of their real size and (b) concatenated into one big document; and (c) a generated
// archive when scripts/gen-archive.ts exists. Each is parsed in full (decode, sha256, every stage)
// by the built library in dist/. The floor, measured in the same run over the same bytes, is what no
// parser can beat: decode the bytes to a string and split it into lines with one regex pass.
// Acceptance (issue 8): parse ≥ 1/4 of the floor's throughput; heap during a parse ≤ 10× the input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertDistFresh, fmt, fmtStats, gc, hasGc, MB, rate, ROOT, runsFor, stats, table, timeInterleaved } from './util.js';

type ParseBytes = (bytes: Uint8Array, options?: { path?: string }) => { agenda: unknown[] };

const TARGET_BYTES = 50 * MB;
const LINE = /\r\n|\r|\n/;

export async function run(): Promise<void> {
  assertDistFresh();
  const lib = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as { parseBytes: ParseBytes };
  const parseBytes = lib.parseBytes;
  const runs = runsFor(5);

  const seeds = seedInputs();
  const seedBytes = seeds.reduce((n, s) => n + s.length, 0);
  const documents: Buffer[] = [];
  let total = 0;
  while (total < TARGET_BYTES) {
    for (const s of seeds) {
      documents.push(s);
      total += s.length;
    }
  }
  const big = Buffer.concat(documents.flatMap((d) => [d, Buffer.from('\n\n')]));
  console.log(
    `inputs: ${seeds.length} seeds (${fmt(seedBytes / 1024)} kB) repeated: ${documents.length} documents, ${fmt(total / MB)} MB; ` +
      `one document of ${fmt(big.length / MB)} MB; ${runs} timed runs each (floor and parse interleaved) after one warm-up`,
  );

  // Heap first, while the process's peak RSS still reflects only the inputs.
  const heap = measureHeap(parseBytes, big);

  const rows: string[][] = [['input', 'MB', 'floor MB/s', 'parse MB/s', 'parse/floor']];
  const verdicts: string[] = [];
  const measure = (label: string, docs: Buffer[]) => {
    const bytes = docs.reduce((n, d) => n + d.length, 0);
    const [floorMs, parseMs] = timeInterleaved([() => floorPass(docs), () => parseAll(parseBytes, docs)], runs);
    const floor = rate(bytes, stats(floorMs!));
    const parse = rate(bytes, stats(parseMs!));
    const ratio = parse.median / floor.median;
    rows.push([label, fmt(bytes / MB), fmtStats(floor), fmtStats(parse), `1/${fmt(1 / ratio)}`]);
    verdicts.push(`${label}: parse at 1/${fmt(1 / ratio)} of the floor — ${ratio >= 0.25 ? 'ok' : 'NOT ok'} (needs ≥ 1/4)`);
  };
  measure('seeds as documents', documents);
  measure('seeds as one document', [big]);
  const archive = generatedArchive();
  if (archive.docs) measure(`generated archive (${archive.docs.length} files)`, archive.docs);
  table(rows);
  if (!archive.docs) console.log(`  generated archive: ${archive.note}`);
  for (const v of verdicts) console.log(`  ${v}`);
  if (heap) {
    console.log(`\n  heap while the record of the ${fmt(big.length / MB)} MB document is alive (per MB of input):`);
    console.log(`    at return, before GC  ${fmt(heap.atReturn / MB)} MB  → ${fmt(heap.atReturn / big.length)}× input`);
    console.log(`    retained after GC     ${fmt(heap.retained / MB)} MB  → ${fmt(heap.retained / big.length)}× input`);
    console.log(`    peak RSS growth       ${fmt(heap.peakRss / MB)} MB  → ${fmt(heap.peakRss / big.length)}× input`);
    const worst = Math.max(heap.atReturn, heap.retained) / big.length;
    console.log(`    heap ≤ 10× input: ${worst <= 10 ? 'ok' : 'NOT ok'} (${fmt(worst)}×)`);
  } else {
    console.log('\n  heap: skipped (run with --expose-gc, as `npm run bench` does)');
  }
}

function seedInputs(): Buffer[] {
  const base = join(ROOT, 'fixtures', 'parse');
  const seeds = readdirSync(base)
    .filter((d) => d.startsWith('seed-') && existsSync(join(base, d, 'input.txt')))
    .sort()
    .map((d) => readFileSync(join(base, d, 'input.txt')));
  if (seeds.length === 0) throw new Error('no fixtures/parse/seed-*/input.txt');
  return seeds;
}

/** The floor: the same bytes to a string, split into lines with one regex pass. */
function floorPass(docs: Buffer[]): number {
  let lines = 0;
  for (const d of docs) lines += d.toString('utf8').split(LINE).length;
  return lines;
}

function parseAll(parseBytes: ParseBytes, docs: Buffer[]): number {
  let items = 0;
  for (const d of docs) items += parseBytes(d, { path: 'bench.txt' }).agenda.length;
  return items;
}

// Holds the record while its heap is measured (a module variable, so no optimiser drops it).
let alive: unknown;

/** Heap growth while the record of one big parse is alive, and the growth of the peak RSS. */
function measureHeap(parseBytes: ParseBytes, big: Buffer): { atReturn: number; retained: number; peakRss: number } | undefined {
  if (!hasGc) return undefined;
  gc();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const before = process.memoryUsage().heapUsed;
  alive = parseBytes(big, { path: 'bench.txt' });
  const atReturn = process.memoryUsage().heapUsed - before;
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  const peakRss = process.resourceUsage().maxRSS * 1024 - peakBefore;
  alive = undefined;
  return { atReturn, retained, peakRss };
}

/** An archive made by scripts/gen-archive.ts (the archive benchmark's generator), when it exists. */
function generatedArchive(): { docs?: Buffer[]; note: string } {
  const script = join(ROOT, 'scripts', 'gen-archive.ts');
  if (!existsSync(script)) return { note: 'skipped — scripts/gen-archive.ts does not exist yet' };
  const dir = mkdtempSync(join(tmpdir(), 'verslag-bench-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--out', dir, '--count', '500'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) return { note: `skipped — scripts/gen-archive.ts failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}` };
    const docs: Buffer[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(?:txt|md)$/.test(e)) docs.push(readFileSync(p));
      }
    };
    walk(dir);
    if (docs.length === 0) return { note: 'skipped — scripts/gen-archive.ts wrote no .txt/.md files' };
    return { docs, note: '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

