// `npm run bench [-- name …]`: run the named benchmarks (default: every one that exists), each a
// bench/<name>.ts exporting `run(): Promise<void>` that prints its figures. Figures come from the
// built JavaScript in dist/ (run `npm run build` first); `BENCH_RUNS=n` sets the number of runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertDistFreshOnce, BenchError, hasGc, ROOT } from './util.js';

const KNOWN = ['parse', 'startup', 'archive', 'query'];

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = asked.length > 0 ? asked : KNOWN.filter((n) => existsSync(join(ROOT, 'bench', `${n}.ts`)));
  const missing = names.filter((n) => !existsSync(join(ROOT, 'bench', `${n}.ts`)));
  if (missing.length > 0) {
    console.error(`bench: no benchmark named ${missing.join(', ')} (known: ${KNOWN.filter((n) => existsSync(join(ROOT, 'bench', `${n}.ts`))).join(', ')})`);
    return 2;
  }
  console.log(`verslag benchmarks — node ${process.version}, ${process.platform}/${process.arch}, ${(await import('node:os')).availableParallelism()} cores`);
  if (!hasGc) console.log('(node runs without --expose-gc: heap figures are skipped; use `npm run bench`)');
  try {
    assertDistFreshOnce();
  } catch (e) {
    if (!(e instanceof BenchError)) throw e;
    console.error(`bench: ${e.message}`);
    return 2;
  }
  let failed = 0;
  for (const name of names) {
    console.log(`\n## ${name}`);
    const mod = (await import(pathToFileURL(join(ROOT, 'bench', `${name}.ts`)).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') {
      console.error(`bench: bench/${name}.ts exports no run()`);
      failed++;
      continue;
    }
    try {
      await mod.run();
    } catch (e) {
      // One benchmark failing does not stop the others.
      console.error(`bench ${name}: ${e instanceof BenchError ? e.message : ((e as Error).stack ?? String(e))}`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
