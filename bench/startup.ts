// CLI start-up against the floor: `node bin/verslag.js --version` and `… validate <seed>` (or
// `parse <seed>` while there is no validate command) as child processes, against `node -e 0`.
// Runs are interleaved (floor, version, command, floor, …) so a busy machine slows all alike.
// Acceptance (issue 8): --version ≤ 3× node -e 0; validate seed ≤ 5×.
// It also lists the packages each command loads (through a module resolve hook), so a heavy
// dependency that creeps into the start-up path shows by name.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertDistFresh, BenchError, fmt, fmtStats, ROOT, runsFor, stats, table } from './util.js';

const SEED = join('fixtures', 'parse', 'seed-001', 'input.txt');
const BIN = join(ROOT, 'bin', 'verslag.js');
// Packages whose cost at start-up was measured (DESIGN.md): each must load only where needed.
const HEAVY = ['zod', 'unified', 'remark-parse', 'remark-stringify', 'mdast-util-from-markdown', 'mdast-util-to-markdown', 'yaml', 'chalk', 'iconv-lite', 'fast-glob', 'piscina', 'csv-stringify'];

interface Case {
  label: string;
  args: string[];
  limit?: number;
}

export async function run(): Promise<void> {
  assertDistFresh();
  const runs = runsFor(15);
  const command = hasCommand('validate') ? 'validate' : 'parse';
  const cases: Case[] = [
    { label: 'node -e 0 (floor)', args: ['-e', '0'] },
    { label: 'verslag --version', args: [BIN, '--version'], limit: 3 },
    { label: `verslag ${command} seed-001`, args: [BIN, command, SEED], limit: 5 },
  ];
  if (command !== 'validate') console.log('  (no validate command yet: measuring parse instead)');

  for (const c of cases) once(c.args); // warm the file cache
  const samples = cases.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) cases.forEach((c, i) => samples[i]!.push(once(c.args)));
  const floor = stats(samples[0]!);
  const rows = [['command', 'ms', '× floor', 'limit']];
  const verdicts: string[] = [];
  cases.forEach((c, i) => {
    const s = stats(samples[i]!);
    const ratio = s.median / floor.median;
    rows.push([c.label, fmtStats(s, 0), i === 0 ? '1.0' : fmt(ratio, 2), c.limit ? `≤ ${c.limit}×` : '']);
    if (c.limit) verdicts.push(`${c.label}: ${fmt(ratio, 2)}× node -e 0 — ${ratio <= c.limit ? 'ok' : 'NOT ok'} (needs ≤ ${c.limit}×)`);
  });
  console.log(`  ${runs} runs each, interleaved, after one warm-up; median (min, max)`);
  table(rows);
  for (const v of verdicts) console.log(`  ${v}`);

  console.log('\n  packages loaded (heavy ones marked *):');
  for (const c of cases.slice(1)) {
    const pkgs = packagesLoaded(c.args);
    const shown = pkgs.map((p) => (HEAVY.includes(p) ? `${p}*` : p));
    console.log(`    ${c.label}: ${shown.length ? shown.join(', ') : '(none)'}`);
  }
}

function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  // Exit 1 is findings (validate): a normal outcome. Anything else means the bench measures a failure.
  if (r.status !== 0 && r.status !== 1) throw new BenchError(`node ${args.join(' ')} exited ${r.status}: ${String(r.stderr).trim().split('\n')[0]}`);
  return ms;
}

function hasCommand(name: string): boolean {
  return existsSync(join(ROOT, 'dist', 'cli', 'commands', `${name}.js`));
}

/**
 * Packages a run imports, in load order: a resolve hook (registered through a data: URL, so no
 * extra file and no tsx) appends every resolved URL to a log.
 */
function packagesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'verslag-startup-'));
  const log = join(dir, 'imports.log');
  const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hooks))});`;
  try {
    spawnSync(process.execPath, ['--import', 'data:text/javascript,' + encodeURIComponent(register), ...args], { cwd: ROOT, stdio: 'ignore' });
    const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
    const pkgs: string[] = [];
    for (const u of urls) {
      const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
      if (m && !pkgs.includes(m[1]!)) pkgs.push(m[1]!);
    }
    return pkgs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
