import { type Command, Option } from 'commander';
import type { Verslag } from '../../model/index.js';
import type { Io } from '../io.js';
import { EXIT } from '../main.js';
import { forEachRecord } from '../read.js';
import { loadRosterOption } from '../roster-option.js';

/** `verslag parse <files…>`: the records as JSON (one object, an array, or JSON Lines) or YAML. */
export function registerParse(program: Command, io: Io, state: { code: number }): Command {
  return program
    .command('parse')
    .description('parse minutes files into Verslag records and print them')
    .argument('<paths...>', 'files, folders or globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'yaml']).default('json'))
    .option('--roster <file>', 'YAML roster: names with geleding, organisation and dates')
    .option('--max-size <mb>', 'refuse files larger than this many megabytes', '256')
    .action(async (paths: string[], opts: { format: string; roster?: string; maxSize: string }) => {
      const roster = opts.roster ? await loadRosterOption(opts.roster, io) : undefined;
      const records: Verslag[] = [];
      const failed = await forEachRecord(paths, io, { ...(roster ? { roster } : {}), maxBytes: Number(opts.maxSize) * 1024 * 1024 }, (record) => {
        // JSON Lines streams; the other formats need the whole set to choose object or array.
        if (opts.format === 'jsonl') io.stdout.write(JSON.stringify(record) + '\n');
        else records.push(record);
      });
      if (opts.format === 'json') {
        if (records.length === 1) io.stdout.write(JSON.stringify(records[0], null, 2) + '\n');
        else if (records.length > 1) io.stdout.write(JSON.stringify(records, null, 2) + '\n');
      } else if (opts.format === 'yaml') {
        const { stringify } = await import('yaml');
        io.stdout.write(stringify(records.length === 1 ? records[0] : records));
      }
      state.code = failed > 0 ? EXIT.usage : EXIT.ok;
    });
}
