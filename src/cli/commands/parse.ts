import { type Command, Option } from 'commander';
import type { Verslag } from '../../model/index.js';
import type { Io } from '../io.js';
import { addArchiveOptions, type ArchiveOpts } from '../archive-options.js';
import { EXIT } from '../main.js';
import { forEachRecord, readingOf } from '../read.js';

/** `verslag parse <files…>`: the records as JSON (one object, an array, or JSON Lines) or YAML. */
export function registerParse(program: Command, io: Io, state: { code: number }): Command {
  const command = program
    .command('parse')
    .description('parse minutes files into Verslag records and print them')
    .argument('<paths...>', 'files, folders or globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'yaml']).default('json'))
    .option('--roster <file>', 'YAML roster: names with geleding, organisation and dates')
    .option('--max-size <mb>', 'refuse files larger than this many megabytes', '256');
  return addArchiveOptions(command).action(async (paths: string[], opts: { format: string; roster?: string; maxSize: string } & ArchiveOpts) => {
    const read = await readingOf(opts, io);
    const records: Verslag[] = [];
    // JSON streams too: one record is printed as an object, so the first is held until a second
    // one shows that the output is an array; from then on each record is written as it comes.
    let first: Verslag | undefined;
    let count = 0;
    const element = (r: Verslag) => JSON.stringify(r, null, 2).replace(/^/gm, '  ');
    const failed = await forEachRecord(paths, io, read, (record) => {
      count++;
      if (opts.format === 'jsonl') io.stdout.write(JSON.stringify(record) + '\n');
      else if (opts.format === 'yaml') records.push(record);
      else if (count === 1) first = record;
      else {
        if (first) io.stdout.write(`[\n${element(first)}`);
        first = undefined;
        io.stdout.write(`,\n${element(record)}`);
      }
    });
    if (opts.format === 'json') {
      if (count === 1) io.stdout.write(JSON.stringify(first, null, 2) + '\n');
      else if (count > 1) io.stdout.write('\n]\n');
    } else if (opts.format === 'yaml') {
      // The export's YAML writer: no anchors or aliases, no folded lines, the same bytes as `export --to yaml`.
      const { toYaml, toYamlAll } = await import('../../export/yaml.js');
      io.stdout.write(records.length === 1 ? toYaml(records[0]!) : toYamlAll(records));
    }
    state.code = failed > 0 ? EXIT.usage : EXIT.ok;
  });
}
