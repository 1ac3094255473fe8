// Shared helpers for the benchmarks: timing statistics, table printing and the check that the
// built JavaScript in dist/ is what src/ says (figures come from dist/, never through tsx).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/**
 * Time several functions over the same runs, interleaved (a, b, a, b, …) so that a machine busy
 * with other work slows each of them alike and their ratio stays fair. One untimed warm-up each;
 * milliseconds per run, per function.
 */
export function timeInterleaved(fns: Array<() => unknown>, runs: number): number[][] {
  for (const fn of fns) fn();
  const out = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, i) => {
      gc();
      const t = performance.now();
      fn();
      out[i]!.push(performance.now() - t);
    });
  }
  return out;
}

/** Collect garbage when node runs with --expose-gc (npm run bench does); a no-op otherwise. */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

export const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';

/** Number of runs: BENCH_RUNS overrides the benchmark's default (at least 3). */
export function runsFor(fallback: number): number {
  const n = Number(process.env.BENCH_RUNS);
  return Number.isInteger(n) && n >= 3 ? n : fallback;
}

export const MB = 1024 * 1024;

/** Throughput figures (MB/s) from per-run milliseconds over `bytes`: the median run gives the median rate. */
export function rate(bytes: number, ms: Stats): Stats {
  const r = (t: number) => bytes / MB / (t / 1000);
  return { median: r(ms.median), min: r(ms.max), max: r(ms.min), runs: ms.runs };
}

export function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

/** "12.3 (min 11.0, max 13.1)". */
export function fmtStats(s: Stats, digits = 1, unit = ''): string {
  return `${fmt(s.median, digits)}${unit} (min ${fmt(s.min, digits)}, max ${fmt(s.max, digits)})`;
}

/** Print rows as an aligned table. */
export function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

/**
 * Fail with a clear message unless every src/**\/*.ts has a dist/**\/*.js at least as new:
 * benchmark figures must come from the code in src/, built.
 */
export function assertDistFresh(): void {
  // The runner checks once, before the first benchmark: files edited while a long benchmark runs
  // must not stop the next one.
  if (distChecked) return;
  const src = join(ROOT, 'src');
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.js'))) {
    throw new BenchError('dist/ is missing: run `npm run build` first (the benchmarks measure the built JavaScript, not tsx).');
  }
  const stale: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const built = join(dist, relative(src, p)).replace(/\.ts$/, '.js');
        if (!existsSync(built) || statSync(built).mtimeMs < statSync(p).mtimeMs) stale.push(relative(ROOT, p));
      }
    }
  };
  walk(src);
  if (stale.length > 0) {
    throw new BenchError(
      `dist/ is older than src/ (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ` and ${stale.length - 5} more` : ''}): run \`npm run build\` first.`,
    );
  }
}

let distChecked = false;

/** Check dist/ now, and not again in this process (the runner calls this before the first benchmark). */
export function assertDistFreshOnce(): void {
  assertDistFresh();
  distChecked = true;
}

/** A reason the benchmark can't run; the runner prints the message, not a stack. */
export class BenchError extends Error {
  override name = 'BenchError';
}
