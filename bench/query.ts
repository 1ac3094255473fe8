// `verslag query -e PATTERN DIR` against `rg PATTERN DIR` over the same 10 000-file archive.
//
// The archive comes from scripts/gen-archive.ts (`npm run gen-archive -- --files N --out DIR`) and
// is kept in the temp folder between runs.
// Times are wall-clock for the whole command (start-up included), output to /dev/null:
//   rg            ripgrep, after one warm-up run (so the files are in the page cache for all)
//   query cold    `verslag query` with no cache: every file decoded and parsed (on --jobs workers)
//   query filling `verslag query --cache` into an empty cache: every file parsed, the content cache
//                 and the query index (src/query/index/) written
//   query cached  `verslag query --cache` once both are filled: answered from the query index, no
//                 file read (a stat each)
// and each reported as a ratio to rg. Target (issue 6): cached ≤ 3× rg. Peak memory (max RSS) of
// the cached query over a tenth of the archive and over all of it shows whether memory grows with it.
// Beside them, the least a cached query must do, timed in the same loop as rg: a Node process that
// only starts and stats every file (how it knows a file is unchanged), and reads nothing.
// The load average is printed before and after: on a shared machine, ratios move with it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertDistFresh, BenchError, fmt, fmtStats, ROOT, runsFor, stats, table, timeInterleaved } from './util.js';

const FILES = Number(process.env.BENCH_QUERY_FILES ?? 10_000);
/** A phrase the generator's reported speech uses; in the seed fallback, one the seeds use. */
const PATTERN = process.env.BENCH_QUERY_PATTERN ?? 'kleine bedrijven';
const BIN = join(ROOT, 'bin', 'verslag.js');
/** rg searches the files verslag reads (.txt, .md), not the generator's manifest and roster. */
const RG_FILES = ['--no-config', '-g', '*.txt', '-g', '*.md'];
/** Start, read a list of the archive's files, stat each one (argv[1]: the list, one path a line). */
const STAT_ONLY = `
const { readFileSync, statSync } = require('node:fs');
let bytes = 0;
for (const f of readFileSync(process.argv[1], 'utf8').split('\\n')) if (f) bytes += statSync(f).size;
process.stdout.write(String(bytes));
`;

export async function run(): Promise<void> {
  assertDistFresh();
  const dir = join(tmpdir(), `verslag-bench-query-${FILES}`);
  const made = ensureArchive(dir);
  console.log(`archive: ${made.files} files, ${fmt(made.bytes / 1024 / 1024)} MB in ${dir} (${made.how})`);
  const rg = ripgrep();
  if (!rg) console.log('rg: not available and could not be installed (apt-get install -y ripgrep failed): query times only, no ratios');
  const runs = runsFor(3);
  const cache = join(tmpdir(), `verslag-bench-query-cache-${FILES}`);
  rmSync(cache, { recursive: true, force: true });

  console.log(`load average before: ${loadavg().map((l) => fmt(l, 2)).join(' ')}`);
  const queryArgs = ['query', '-q', '-e', PATTERN, dir];
  const listFile = join(tmpdir(), `verslag-bench-query-list-${FILES}.txt`);
  writeFileSync(listFile, listFiles(dir).join('\n'));
  const statRun = () => command(process.execPath, ['-e', STAT_ONLY, listFile]);
  // Interleaved, so that both see the same load.
  const [rgTimes, statOnly] = rg ? timeInterleaved([() => command(rg, [...RG_FILES, PATTERN, dir]), statRun], runs).map(stats) : [undefined, timeRuns(statRun, runs, true)];
  const cold = timeRuns(() => command(process.execPath, [BIN, ...queryArgs]), Math.min(runs, 3), false);
  const fill = timeRuns(() => command(process.execPath, [BIN, ...withCache(queryArgs, cache)]), 1, false);
  const cached = timeRuns(() => command(process.execPath, [BIN, ...withCache(queryArgs, cache)]), runs, false);

  const rows = [['command', 'ms (median, min, max)', '× rg']];
  const ratio = (ms: number) => (rgTimes ? `${fmt(ms / rgTimes.median, 2)}×` : '-');
  if (rgTimes) rows.push([`rg '${PATTERN}' DIR`, fmtStats(rgTimes, 0), '1.00×']);
  rows.push(['node: start, stat every file, read none', fmtStats(statOnly, 0), ratio(statOnly.median)]);
  rows.push([`verslag query -e '${PATTERN}' DIR (cold, no cache)`, fmtStats(cold, 0), ratio(cold.median)]);
  rows.push([`verslag query --cache … (filling the cache)`, fmtStats(fill, 0), ratio(fill.median)]);
  rows.push([`verslag query --cache … (cached)`, fmtStats(cached, 0), ratio(cached.median)]);
  table(rows);
  const hits = hitCounts(dir, rg);
  console.log(`hits: verslag ${hits.verslag} records in ${hits.verslagFiles} files${rg ? `; rg ${hits.rgLines} lines in ${hits.rgFiles} files (rg misses a phrase split over two lines)` : ''}`);
  if (rgTimes) {
    const r = cached.median / rgTimes.median;
    console.log(`target cached ≤ 3× rg: ${r <= 3 ? 'met' : 'MISSED'} (${fmt(r, 2)}×)`);
    const left = 3 * rgTimes.median - statOnly.median;
    console.log(`3× rg is ${fmt(3 * rgTimes.median, 0)} ms; Node's start and the stats alone take ${fmt(statOnly.median, 0)} ms, which leaves ${fmt(left, 0)} ms to load the tool, read the index, search and print`);
  }
  memory(dir, cache);
  console.log(`load average after: ${loadavg().map((l) => fmt(l, 2)).join(' ')}`);
}

function withCache(args: string[], cache: string): string[] {
  return [args[0]!, '--cache-location', cache, ...args.slice(1)];
}

/** Run a command to completion, output discarded; throws when it fails (exit 2 or a signal). */
function command(file: string, args: string[]): void {
  const r = spawnSync(file, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // Exit 1 is "nothing matched" for both rg and verslag query.
  if (r.status !== 0 && r.status !== 1) throw new BenchError(`${file} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.trim().split('\n')[0]}`);
}

function timeRuns(fn: () => void, runs: number, warmUp: boolean) {
  if (warmUp) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** `rg` on the PATH, else installed from Debian's packages; undefined when neither works. */
function ripgrep(): string | undefined {
  const has = () => spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
  if (has()) return 'rg';
  console.log('rg: not found; installing Debian package ripgrep (apt-get update && apt-get install -y ripgrep)');
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
  return install.status === 0 && has() ? 'rg' : undefined;
}

interface Made {
  files: number;
  bytes: number;
  how: string;
}

/** The archive in `dir`: kept from an earlier run when complete, else generated. */
function ensureArchive(dir: string): Made {
  const existing = listFiles(dir);
  const marker = join(dir, '.made-by');
  // The generator adds a few extra files (copies and variants of some meetings: 10 019 for 10 000),
  // so an archive it made has at least FILES; asking for exactly FILES made every run generate anew.
  if (existing.length >= FILES && existsSync(marker)) return summarise(existing, `kept from an earlier run; ${readFileSync(marker, 'utf8').trim()}`);
  rmSync(dir, { recursive: true, force: true });
  const script = join(ROOT, 'scripts', 'gen-archive.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--files', String(FILES), '--out', dir], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new BenchError(`scripts/gen-archive.ts failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  const how = 'made by scripts/gen-archive.ts';
  writeFileSync(marker, how + '\n');
  return summarise(listFiles(dir), how);
}

function summarise(files: string[], how: string): Made {
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f).length;
  return { files: files.length, bytes, how };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** How many records and lines each tool finds, to show they searched the same files. */
function hitCounts(dir: string, rg: string | undefined) {
  const v = spawnSync(process.execPath, [BIN, 'query', '-q', '-j', '1', '--count', '-e', PATTERN, dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const counts = v.stdout.trim().split('\n').filter(Boolean).map((l) => Number(l.slice(l.lastIndexOf(':') + 1)));
  const out = { verslag: counts.reduce((a, b) => a + b, 0), verslagFiles: counts.length, rgLines: 0, rgFiles: 0 };
  if (rg) {
    const r = spawnSync(rg, [...RG_FILES, '--count', PATTERN, dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const lines = r.stdout.trim().split('\n').filter(Boolean).map((l) => Number(l.slice(l.lastIndexOf(':') + 1)));
    out.rgLines = lines.reduce((a, b) => a + b, 0);
    out.rgFiles = lines.length;
  }
  return out;
}

/** Peak memory of the cached query over a tenth of the archive and over all of it. */
function memory(dir: string, cache: string): void {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' }).status !== 0) {
    console.log('memory: /usr/bin/time not available, skipped');
    return;
  }
  const years = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
  const peak = (paths: string[]) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'query', '-q', '--cache-location', cache, '-e', PATTERN, ...paths], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    return Number(r.stderr.trim().split('\n').pop()) / 1024;
  };
  const part = years.slice(0, Math.max(1, Math.round(years.length / 10)));
  // Each set of arguments has its own index: the first run over the part builds it.
  peak(part);
  console.log(`memory (max RSS, cached query): ${fmt(peak(part))} MB over ${part.length} of ${years.length} folders, ${fmt(peak([dir]))} MB over all`);
}
