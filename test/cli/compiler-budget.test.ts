import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

describe('the compiler budget the CLI sets', () => {
  it('is a flag this Node knows: V8 says nothing on stderr', () => {
    // In a child process: V8's flags are per process, and the test runner's must stay as they are.
    const script = "const { limitInlining } = await import('./src/cli/compiler-budget.ts'); limitInlining(); console.log('set');";
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('set\n');
    expect(r.status).toBe(0);
  });

  it('would show an unknown flag on stderr, which is what the test above rules out', () => {
    const r = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--no-such-flag-for-verslag')"], { encoding: 'utf8' });
    expect(r.stderr).toContain('unrecognized flag');
  });
});
