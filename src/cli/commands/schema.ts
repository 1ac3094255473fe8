import type { Command } from 'commander';
import type { Io } from '../io.js';
import { EXIT } from '../main.js';

/** `verslag schema`: the JSON Schema (draft 2020-12) of the JSON export, as in schema/verslag.schema.json. */
export function registerSchema(program: Command, io: Io, state: { code: number }): Command {
  return program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) that every JSON export validates against')
    .action(async () => {
      const { verslagJsonSchemaText } = await import('../../export/schema.js');
      io.stdout.write(verslagJsonSchemaText());
      state.code = EXIT.ok;
    });
}
