import { main } from '../../src/cli/main.js';
import { ROOT } from './fixtures.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured streams (no child process, no TTY). */
export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    // `tty` (with `env: { NO_COLOR: '' }`) gives the coloured output of a terminal.
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty === true },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? new Uint8Array())),
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', ...(options.env ?? {}) },
    cwd: options.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}
