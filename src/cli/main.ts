import { CommanderError } from 'commander';
import { InputError } from '../api/errors.js';
// File names and messages can carry escape sequences (a hostile file name): shown, not obeyed.
import { escapeForTerminal } from '../report/terminal.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';

export type { Io } from './io.js';

/** Exit codes: 0 ok, 1 findings (validate) or no match (query), 2 usage, config or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * Run the CLI with `argv` (without node and the script). Returns the exit code; never calls
 * process.exit, so tests run it in-process and the bin sets process.exitCode.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const state = { code: 0 as number };
  const program = await buildProgram(io, state, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 2.
      if (e.exitCode === 0) return 0;
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.stderr.write(`verslag: ${escapeForTerminal(`${e.file}: ${e.reason}`)}\n`);
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`verslag: ${escapeForTerminal(e.message)}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** A mistake in how the command was called or configured; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
