import { limitInlining } from './compiler-budget.js';
import { main } from './main.js';

/** The process-facing entry: real streams, real environment. Used by bin/verslag.js only. */
export async function run(): Promise<number> {
  limitInlining();
  // A closed pipe (`verslag parse … | head`) ends output quietly, as for grep.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    cwd: process.cwd(),
  });
}
