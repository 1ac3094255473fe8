// Archive benchmark: a generated archive of 10 000 verslagen through the built CLI
// (`node bin/verslag.js validate`), cold (empty cache) and warm (every file cached), against a floor
// measured in the same run: one Node process that reads every file and splits it into lines with
// one regex pass. Also the peak memory of a 1 000-file and a 10 000-file run (it must stay flat).
//
// Targets (issue 7, on a 2-core machine): warm ≥ 10× faster than cold; cold ≤ 4× the floor; peak
// memory for 10 000 files ≤ 2× that for 1 000. Run `npm run build` first; archives go to the system
// temporary folder. ARCHIVE_FILES=n changes the large archive's size; BENCH_RUNS=n (3 or more)
// repeats floor, cold and warm runs and reports medians (default one run: a cold 10 000 takes long).
//
// "parse only" is one Node process reading and parsing every file on one thread (no rules, no
// cache): the least a cold run does, shown against the floor. "parse ×N" is N such processes at
// once (N = the cores), each parsing every N-th file: the least a cold run can take on this
// machine however well it shares out the work, and how much the cores really add (two hardware
// threads of one core add far less than a second core).
//
// "1 changed" is a warm run after one file was edited: the files are still answered from the
// cache, but the archive findings are worked out again over every summary (their own cache only
// holds for an archive in which nothing changed), so it is the warm figure for a CI run on a commit.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArchive } from '../scripts/gen-archive/index.js';
import { assertDistFresh, BenchError, fmt, ROOT, stats, table } from './util.js';

const BIN = join(ROOT, 'bin', 'verslag.js');
// Loaded before the CLI: prints the process's peak resident memory (all threads) as it exits.
const RSS_PROBE = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss="+process.resourceUsage().maxRSS+"\\n"))`;
// The floor: find the files, read each, split it into lines with one regex.
const FLOOR = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.argv[1];
let lines = 0;
for (const f of readdirSync(dir, { recursive: true })) {
  if (!/\\.(?:txt|md)$/.test(f)) continue;
  lines += readFileSync(join(dir, f), 'utf8').split(/\\r\\n|\\r|\\n/).length;
}
process.stdout.write(String(lines));
`;

// The parser alone on one thread: read and parse every file, no rules, no cache, no workers.
// A cold run has to do at least this, spread over the cores; argv[2] is the library's URL, and
// argv[3]/argv[4] (share k of n, default 0 of 1) which files this process takes: every n-th.
const PARSE_ONLY = `
const { readdirSync, readFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { parseBytes } = await import(process.argv[2]);
const dir = process.argv[1];
const share = Number(process.argv[3] ?? 0);
const shares = Number(process.argv[4] ?? 1);
let items = 0;
let refused = 0;
let seen = 0;
for (const f of readdirSync(dir, { recursive: true })) {
  if (!/\\.(?:txt|md)$/.test(f)) continue;
  if (seen++ % shares !== share) continue;
  try {
    items += parseBytes(readFileSync(join(dir, f)), { path: f }).agenda.length;
  } catch {
    refused++; // not text, empty: as validate says of the file
  }
}
process.stdout.write(items + ' items, ' + refused + ' refused');
`;
const LIBRARY = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;

interface Measured {
  ms: number;
  maxRssMb: number;
  code: number | null;
}

/** `mustPass`: only exit 0 will do (validate may also exit 1, for the errors it finds). */
function measure(args: string[], label: string, mustPass = false): Measured {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_PROBE, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  const rss = /maxrss=(\d+)/.exec(r.stderr ?? '');
  if (!rss) throw new BenchError(`${label}: no memory figure (exit ${r.status}): ${(r.stderr ?? '').slice(0, 400)}`);
  if (r.status !== 0 && (mustPass || r.status !== 1)) throw new BenchError(`${label} failed with exit ${r.status}: ${(r.stderr ?? '').slice(0, 400)}`);
  return { ms, maxRssMb: Number(rss[1]) / 1024, code: r.status };
}

/** Files written, in the order written (the first is edited for the "1 changed" run). */
let writtenFiles: string[] = [];

function writeArchive(dir: string, files: number): number {
  rmSync(dir, { recursive: true, force: true });
  const generated = generateArchive({ files, seed: 1 });
  let bytes = 0;
  const made = new Set<string>();
  writtenFiles = [];
  for (const f of generated.files()) {
    const path = join(dir, f.path);
    writtenFiles.push(path);
    if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
    writeFileSync(path, f.text);
    bytes += Buffer.byteLength(f.text);
  }
  writeFileSync(join(dir, 'roster.yaml'), generated.roster);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(generated.manifest, null, 2));
  return bytes;
}

/** `count` parse-only processes at once, each on its share of the files: wall time of them all. */
async function parseConcurrently(dir: string, count: number): Promise<Measured> {
  const t = performance.now();
  const codes = await Promise.all(
    Array.from({ length: count }, (_, k) =>
      new Promise<number | null>((done, fail) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', PARSE_ONLY, dir, LIBRARY, String(k), String(count)], { cwd: ROOT, stdio: 'ignore' });
        child.on('error', fail);
        child.on('close', done);
      }),
    ),
  );
  const ms = performance.now() - t;
  if (codes.some((c) => c !== 0)) throw new BenchError(`parse ×${count} failed (exits ${codes.join(', ')})`);
  return { ms, maxRssMb: 0, code: 0 };
}

function validate(dir: string, cache: string, label: string): Measured {
  return measure([BIN, 'validate', '--quiet', '--format', 'json', '--cache-location', cache, '--roster', join(dir, 'roster.yaml'), dir], label);
}

function median(samples: Measured[]): Measured {
  const ms = stats(samples.map((m) => m.ms)).median;
  return { ms, maxRssMb: stats(samples.map((m) => m.maxRssMb)).median, code: samples[0]!.code };
}

export async function run(): Promise<void> {
  assertDistFresh();
  const large = Number(process.env.ARCHIVE_FILES ?? 10_000);
  const n = Number(process.env.BENCH_RUNS);
  const runs = Number.isInteger(n) && n >= 3 ? n : 1;
  const base = join(tmpdir(), 'verslag-bench-archive');
  console.log(`  ${runs} run${runs === 1 ? '' : 's'} each${runs > 1 ? ', medians' : ''}; load average before: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const cores = availableParallelism();
  const rows: string[][] = [['archive', 'files', 'MB', 'floor s', 'parse only s', `parse ×${cores} s`, 'cold s', 'warm s', '1 changed s', 'cold/floor', 'cold/warm', 'cold/1 changed', 'peak MB cold', 'peak MB warm']];
  const peaks = new Map<number, number>();
  const ratios = new Map<number, { coldFloor: number; coldWarm: number; parseFloor: number; sharedFloor: number; scaling: number }>();
  for (const files of [1_000, large]) {
    const dir = join(base, String(files));
    const cache = join(base, `${files}-cache`);
    const bytes = writeArchive(dir, files);
    const floors: Measured[] = [];
    const parses: Measured[] = [];
    const shared: Measured[] = [];
    const colds: Measured[] = [];
    const warms: Measured[] = [];
    const changes: Measured[] = [];
    for (let r = 0; r < runs; r++) {
      rmSync(cache, { recursive: true, force: true });
      floors.push(measure(['-e', FLOOR, dir], 'floor'));
      parses.push(measure(['--input-type=module', '-e', PARSE_ONLY, dir, LIBRARY], 'parse only', true));
      shared.push(await parseConcurrently(dir, cores));
      const cold = validate(dir, cache, 'cold validate');
      const warm = validate(dir, cache, 'warm validate');
      if (cold.code !== warm.code) throw new BenchError(`cold and warm runs disagree (exit ${cold.code} and ${warm.code})`);
      colds.push(cold);
      warms.push(warm);
      // One file edited (a line added: a new sha, a new summary), then a warm run.
      appendFileSync(writtenFiles[r % writtenFiles.length]!, `\nGedrukt op run ${r}.\n`);
      changes.push(validate(dir, cache, 'warm validate, one file changed'));
    }
    const [floor, parse, parseShared, cold, warm, changed] = [median(floors), median(parses), median(shared), median(colds), median(warms), median(changes)];
    peaks.set(files, cold.maxRssMb);
    ratios.set(files, {
      coldFloor: cold.ms / floor.ms,
      coldWarm: cold.ms / warm.ms,
      parseFloor: parse.ms / floor.ms,
      sharedFloor: parseShared.ms / floor.ms,
      scaling: parse.ms / parseShared.ms,
    });
    rows.push([
      dir,
      String(files),
      fmt(bytes / 1024 / 1024),
      fmt(floor.ms / 1000, 2),
      fmt(parse.ms / 1000, 2),
      fmt(parseShared.ms / 1000, 2),
      fmt(cold.ms / 1000, 2),
      fmt(warm.ms / 1000, 2),
      fmt(changed.ms / 1000, 2),
      `${fmt(cold.ms / floor.ms, 2)}×`,
      `${fmt(cold.ms / warm.ms, 1)}×`,
      `${fmt(cold.ms / changed.ms, 1)}×`,
      fmt(cold.maxRssMb, 0),
      fmt(warm.maxRssMb, 0),
    ]);
  }
  table(rows);
  const r = ratios.get(large)!;
  const memory = peaks.get(large)! / peaks.get(1_000)!;
  console.log('');
  console.log(`  load average after: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`  targets (${large} files): warm ≥ 10× faster than cold: ${fmt(r.coldWarm, 1)}× ${r.coldWarm >= 10 ? 'ok' : 'MISSED'}`);
  console.log(`                     cold ≤ 4× the floor: ${fmt(r.coldFloor, 2)}× ${r.coldFloor <= 4 ? 'ok' : 'MISSED'}`);
  console.log(`  the parser alone, one thread, no rules: ${fmt(r.parseFloor, 2)}× the floor; split perfectly over ${cores} cores it would still be ${fmt(r.parseFloor / cores, 2)}×`);
  console.log(
    `  the parser alone in ${cores} processes at once, each on its share: ${fmt(r.sharedFloor, 2)}× the floor — ` +
      `${fmt(r.scaling, 2)}× faster than one process (${cores} cores would give up to ${cores}×): the least the parsing of a cold run takes here`,
  );
  console.log(`                     peak memory ${large} vs 1000 files ≤ 2×: ${fmt(memory, 2)}× ${memory <= 2 ? 'ok' : 'MISSED'}`);
}
