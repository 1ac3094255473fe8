import { addArchiveOptions, type ArchiveOpts } from '../archive-options.js';
import { escapeForTerminal } from '../../report/terminal.js';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Field } from '../../export/fields.js';
import { EXTENSIONS, type Format, FORMATS } from '../../export/formats.js';
import type { Verslag } from '../../model/index.js';
import type { Io } from '../io.js';
import { EXIT, UsageError } from '../main.js';
import { expandOptionsOf, expandPaths } from '../paths.js';
import { forEachRecord, type ReadEach, readingOf } from '../read.js';
import { OutputError, OutputPlanner, prepareOutDir, writeOutput } from '../write-output.js';

interface ExportOptions {
  to: Format;
  out?: string;
  force?: boolean;
  fields?: string;
  bom?: boolean;
  roster?: string;
  maxSize: string;
}

/** Renders one record (or, for the tables, its rows) in the chosen format. */
type Render = (record: Verslag, first: boolean) => string;

/** `verslag export <paths…> --to json|markdown|jsonl|csv|yaml [--out DIR]`. */
export function registerExport(program: Command, io: Io, state: { code: number }): Command {
  const command = program
    .command('export')
    .description('export records as JSON, Markdown, YAML, or tables of contributions (JSON Lines, CSV) for analysts')
    .argument('<paths...>', 'files, folders or globs; - reads standard input')
    .addOption(new Option('-t, --to <format>', 'output format').choices([...FORMATS]).makeOptionMandatory())
    .option('-o, --out <dir>', 'write one file per input into this folder (named after the input) instead of standard output')
    .option('--force', 'replace existing files in the --out folder (never an input file)')
    .option('--fields <list>', 'jsonl/csv: comma-separated columns (see README: Export)')
    .option('--bom', 'csv: start with a UTF-8 byte order mark, for spreadsheet programs')
    .option('--roster <file>', 'YAML roster: names with geleding, organisation and dates')
    .option('--max-size <mb>', 'refuse files larger than this many megabytes', '256');
  // --ignore, --cache, --jobs and --quiet as for every command that reads many files.
  return addArchiveOptions(command).action(async (paths: string[], opts: ExportOptions & ArchiveOpts) => {
      const render = await renderer(opts);
      const read = await readingOf(opts, io);
      const failed = opts.out === undefined ? await toStdout(paths, io, opts, render, read) : await toFolder(paths, io, opts, opts.out, render, read);
      state.code = failed > 0 ? EXIT.usage : EXIT.ok;
    });
}

async function renderer(opts: ExportOptions): Promise<Render> {
  if (opts.fields !== undefined && opts.to !== 'jsonl' && opts.to !== 'csv') throw new UsageError('--fields applies to --to jsonl and --to csv only');
  if (opts.bom && opts.to !== 'csv') throw new UsageError('--bom applies to --to csv only');
  let fields: Field[] | undefined;
  if (opts.fields !== undefined) {
    const { parseFields } = await import('../../export/fields.js');
    const parsed = parseFields(opts.fields);
    if (!parsed.ok) throw new UsageError(parsed.error);
    fields = parsed.fields;
  }
  switch (opts.to) {
    case 'json':
      return (await import('../../export/json.js')).toJson;
    case 'yaml':
      return (await import('../../export/yaml.js')).toYaml;
    case 'markdown':
      return (await import('../../export/markdown.js')).toMarkdown;
    case 'jsonl': {
      const [{ contributions }, { toJsonl }] = await Promise.all([import('../../export/contributions.js'), import('../../export/jsonl.js')]);
      return (record) => toJsonl(contributions(record), fields);
    }
    case 'csv': {
      const [{ contributions }, { toCsv }] = await Promise.all([import('../../export/contributions.js'), import('../../export/csv.js')]);
      // One table on standard output: the header (and BOM) once, before the first file's rows.
      return (record, first) => toCsv(contributions(record), { ...(fields ? { fields } : {}), bom: !!opts.bom && first, header: first });
    }
  }
}

async function toStdout(paths: string[], io: Io, opts: ExportOptions, render: Render, read: ReadEach): Promise<number> {
  // A Markdown export is one document, its front matter first: several printed one after another
  // would read back as the first verslag with the others' text in its last item. So several files
  // go to a folder, one document each.
  if (opts.to === 'markdown') {
    const expanded = await expandPaths(paths, io.cwd, expandOptionsOf(read));
    if (expanded.files.length > 1) {
      throw new UsageError(`--to markdown writes one document per verslag, and ${expanded.files.length} files were given: write them to a folder with --out <dir>, or name one file`);
    }
    return forEachRecord(expanded, io, read, (record) => void io.stdout.write(render(record, true)));
  }
  // JSON and YAML print one object for one file and a list for several, as `verslag parse` does.
  if (opts.to === 'json' || opts.to === 'yaml') {
    const records: Verslag[] = [];
    const failed = await forEachRecord(paths, io, read, (record) => void records.push(record));
    if (records.length > 0) {
      const all = opts.to === 'json' ? (await import('../../export/json.js')).toJsonAll : (await import('../../export/yaml.js')).toYamlAll;
      io.stdout.write(all(records));
    }
    return failed;
  }
  let first = true;
  return forEachRecord(paths, io, read, (record) => {
    io.stdout.write(render(record, first));
    first = false;
  });
}

async function toFolder(paths: string[], io: Io, opts: ExportOptions, out: string, render: Render, read: ReadEach): Promise<number> {
  const dir = resolve(io.cwd, out);
  try {
    await prepareOutDir(dir);
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(`${out}: ${e.reason}`);
    throw new UsageError(`${out}: cannot create the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const inputs = await inputIdentities(paths, io.cwd);
  const planner = new OutputPlanner(dir, EXTENSIONS[opts.to], inputs.paths);
  let failed = 0;
  const unread = await forEachRecord(paths, io, read, async (record) => {
    // File names are data too: escaped before they reach the terminal.
    const shown = (p: string) => escapeForTerminal(relative(io.cwd, p) || p);
    let target: string | undefined;
    try {
      const planned = await planner.target(record.source.path);
      target = planned.path;
      if (planned.instead) io.stderr.write(`verslag: ${escapeForTerminal(record.source.path)}: written to ${shown(target)} (${planned.instead} is an input or another input's output)\n`);
      await writeOutput(target, render(record, true), { force: !!opts.force, inputs: inputs.ids });
    } catch (e) {
      if (e instanceof OutputError) io.stderr.write(`verslag: ${shown(e.file)}: ${e.reason}\n`);
      else if ((e as NodeJS.ErrnoException).code) io.stderr.write(`verslag: ${target ? shown(target) : escapeForTerminal(record.source.path)}: cannot be written (${(e as NodeJS.ErrnoException).code})\n`);
      else throw e;
      failed++;
    }
  });
  return unread + failed;
}

/**
 * Every input file as an absolute path (as given and with links resolved) and as device + inode.
 * Ignored files count too (a walk of its own, without --ignore): an export must not overwrite
 * a file the user named, whether or not this run reads it.
 */
async function inputIdentities(paths: string[], cwd: string): Promise<{ paths: string[]; ids: Array<{ dev: number; ino: number }> }> {
  const { files } = await expandPaths(paths, cwd);
  const out: string[] = [];
  const ids: Array<{ dev: number; ino: number }> = [];
  for (const file of files) {
    if (file === '-') continue;
    const abs = isAbsolute(file) ? file : resolve(cwd, file);
    out.push(abs);
    const real = await realpath(abs).catch(() => undefined);
    if (real) out.push(real);
    const info = await stat(abs).catch(() => undefined);
    if (info) ids.push({ dev: info.dev, ino: info.ino });
  }
  return { paths: out, ids };
}
