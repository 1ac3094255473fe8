// The CLI as a child process from the TypeScript sources, for tests that must kill a real run.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

// SIGINT_WHEN='{"dir":…,"endsWith":".json","atLeast":20}': the child sends itself SIGINT once that
// many such files exist under `dir`, so the interrupt lands mid-run however loaded the machine is
// (a parent polling from outside can be starved while the child finishes the whole run). Checked
// on a timer, for runs that wait on I/O between files, and after every openSync, for the stretches
// a run spends without yielding to the event loop (a --jobs 1 validate parses and writes its
// index in one go).
const when = process.env.SIGINT_WHEN ? (JSON.parse(process.env.SIGINT_WHEN) as { dir: string; endsWith: string; atLeast: number }) : undefined;
if (when) {
  let fired = false;
  const check = () => {
    if (fired) return;
    let count: number;
    try {
      count = fs.readdirSync(when.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(when.endsWith)).length;
    } catch {
      return;
    }
    if (count < when.atLeast) return;
    fired = true;
    process.kill(process.pid, 'SIGINT');
  };
  setInterval(check, 5).unref();
  const openSync = fs.openSync;
  fs.openSync = ((...args: Parameters<typeof openSync>) => {
    const fd = openSync(...args);
    check();
    return fd;
  }) as typeof openSync;
  // Named imports of node:fs (`import { openSync } from 'node:fs'`) see the wrapped function too.
  syncBuiltinESMExports();
}

const { run } = await import('../../src/cli/run.js');
process.exitCode = await run();
