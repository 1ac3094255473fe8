import { Command } from 'commander';
import type { Io } from './io.js';
import { registerParse } from './commands/parse.js';

const VERSION = '0.1.0';

/**
 * The commander program. Each command lives in commands/<name>.ts and registers itself here;
 * a command's heavy dependencies are imported inside its action, so start-up pays only for
 * the command that runs.
 */
export function buildProgram(io: Io, state: { code: number }): Command {
  const program = new Command('verslag')
    .description('Turn plain-text Dutch meeting minutes into typed records; validate, query and export them.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run verslag --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 ok; 1 errors found (validate) or nothing matched (query); 2 usage, config or input error.',
    );
  const commands = [registerParse];
  for (const register of commands) {
    const sub = register(program, io, state);
    sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  }
  return program;
}

export { VERSION };
