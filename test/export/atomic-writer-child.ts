// Run by write-output.test.ts in a child process: writes a large file through writeFileAtomic,
// chunk by chunk with pauses, so the parent can kill it with SIGKILL in the middle of the write.
// argv: target, chunk count, chunk size, pause in ms between chunks.
import { writeFileAtomic } from '../../src/io/atomic-write.js';

const [target, count, size, pause] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])];

async function* chunks(): AsyncIterable<string> {
  for (let i = 0; i < count; i++) {
    yield String(i % 10).repeat(size);
    if (i === 0) process.stdout.write('writing\n');
    if (pause > 0) await new Promise((r) => setTimeout(r, pause));
  }
}

await writeFileAtomic(target, chunks());
process.stdout.write('done\n');
