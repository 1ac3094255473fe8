import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { createProgress } from '../../src/cli/progress.js';

function io(isTTY: boolean): { io: Io; err: () => string } {
  let err = '';
  return {
    io: { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY }, readStdin: async () => new Uint8Array(), env: {}, cwd: '/' },
    err: () => err,
  };
}

describe('progress', () => {
  it('shows files done, total and rate on a terminal once the run has taken a second, and clears the line at the end', () => {
    let now = 0;
    const t = io(true);
    const p = createProgress(t.io, { now: () => now });
    now = 500;
    p.update(10, 100);
    expect(t.err()).toBe('');
    now = 2000;
    p.update(50, 100);
    expect(t.err()).toBe('\r\x1b[Kverslag: 50/100 files (25/s)');
    p.end();
    expect(t.err().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal, or with --quiet', () => {
    let now = 0;
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const t = io(tty);
      const p = createProgress(t.io, { quiet, now: () => now });
      now = 5000;
      p.update(50, 100);
      p.end();
      expect(t.err()).toBe('');
    }
  });
});
