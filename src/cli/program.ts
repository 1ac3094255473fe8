import { Command } from 'commander';
import type { Io } from './io.js';

/** `help`: this run prints help, so a command loads what its help text lists. */
type Register = (program: Command, io: Io, state: { code: number }, context: { help: boolean }) => Command | Promise<Command>;

/**
 * The commands, in the order --help lists them, each loaded only when it is needed: a run
 * imports the module of the command it runs and nothing else (`--version` imports none), so
 * start-up never pays for another command's dependencies. Add a command here.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./commands/parse.js')).registerParse,
  query: async () => (await import('./commands/query.js')).registerQuery,
  export: async () => (await import('./commands/export.js')).registerExport,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
};

const VERSION = '0.1.0';

/**
 * The commander program for `argv`. Each command lives in commands/<name>.ts; only the one that
 * `argv` names is loaded and registered (all of them for --help, `help`, no command or an unknown
 * one, so help and commander's suggestions see every command; none for a lone --version).
 */
export async function buildProgram(io: Io, state: { code: number }, argv: readonly string[] = []): Promise<Command> {
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
  const help = wantsHelp(argv);
  for (const name of commandsFor(argv)) {
    const register = await COMMANDS[name]!();
    const sub = await register(program, io, state, { help });
    sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  }
  return program;
}

/** Whether `argv` asks for help: -h, --help, or the help command. */
function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === '-h' || a === '--help') || argv.find((a) => !a.startsWith('-')) === 'help';
}

/** The commands `argv` needs registered. The program has no options of its own that take a value. */
function commandsFor(argv: readonly string[]): string[] {
  const name = argv.find((a) => !a.startsWith('-'));
  if (name !== undefined && Object.hasOwn(COMMANDS, name)) return [name];
  if (name === undefined && argv.length > 0 && argv.every((a) => a === '-V' || a === '--version')) return [];
  return Object.keys(COMMANDS);
}

export { VERSION };
