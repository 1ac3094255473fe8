import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { type Command, Option } from 'commander';
import type { Verslag } from '../../model/index.js';
import type { QueryFilters, QueryKind } from '../../query/index.js';
import type { OutputMode } from '../../query/output/sink.js';
import { addArchiveOptions, type ArchiveOpts, collect } from '../archive-options.js';
import type { Io } from '../io.js';
import { EXIT, UsageError } from '../main.js';
import { readingOf } from '../read.js';

interface QueryOpts extends ArchiveOpts {
  speaker?: string;
  geleding?: string;
  item?: string;
  from?: string;
  to?: string;
  kind: QueryKind;
  regexp: string[];
  fixedStrings?: boolean;
  ignoreCase?: boolean;
  smartCase?: boolean;
  context: string;
  json?: boolean;
  format?: 'jsonl' | 'csv' | 'markdown';
  count?: boolean;
  stats?: boolean;
  by?: 'item';
  roster?: string;
  maxSize: string;
}

/** `verslag query <paths…>`: records that pass the filters, as text, JSON, rows, counts or tables. */
export function registerQuery(program: Command, io: Io, state: { code: number }): Command {
  const command = program
    .command('query')
    .description('find paragraphs, contributions, decisions, actions or speakers that pass the filters')
    .argument('<paths...>', 'files, folders or globs; - reads standard input')
    .option('--speaker <name>', 'spoken by this person (any way the text writes the name; case and accents ignored)')
    .option('--geleding <geleding>', 'spoken for this geleding (werkgevers, werknemers, kroonleden, …)')
    .option('--item <item>', 'in this agenda item: its number (5, 5a) or words from its title')
    .option('--from <date>', 'meetings on or after this date (yyyy, yyyy-mm or yyyy-mm-dd)')
    .option('--to <date>', 'meetings on or before this date (inclusive)')
    .addOption(new Option('--kind <kind>', 'what one hit is').choices(['paragraph', 'contribution', 'decision', 'action', 'speaker']).default('contribution'))
    .option('-e, --regexp <pattern>', 'text pattern (JavaScript regular expression) on the normalised text; repeatable', collect, [])
    .option('-F, --fixed-strings', 'take the patterns as plain text')
    .option('-i, --ignore-case', 'ignore case in the patterns')
    .option('-S, --smart-case', 'ignore case unless a pattern has an upper-case letter')
    .option('-C, --context <n>', 'show n neighbouring paragraphs before and after each hit', '0')
    .option('--json', 'a JSON stream: begin / match / end objects per file and a summary, one per line')
    .addOption(new Option('--format <format>', 'one row per hit').choices(['jsonl', 'csv', 'markdown']))
    .option('--count', 'the number of hits per file')
    .option('--stats', 'a table of contributions and words per speaker and per geleding')
    .addOption(new Option('--by <group>', 'with --stats: one table per agenda item').choices(['item']))
    .option('--roster <file>', 'YAML roster: names with geleding, organisation and dates')
    .option('--max-size <mb>', 'refuse files larger than this many megabytes', '256');
  return addArchiveOptions(command).action(async (paths: string[], opts: QueryOpts) => {
    state.code = await runQuery(paths, opts, io);
  });
}

/** Search each record as it is parsed (or read from the cache), write its hits, and let it go. */
async function runQuery(paths: string[], opts: QueryOpts, io: Io): Promise<number> {
  const output = await outputMode(opts, io);
  const context = Number(opts.context);
  if (!Number.isInteger(context) || context < 0) throw new UsageError(`--context ${opts.context}: give a whole number ≥ 0`);
  // Only what the query index needs is loaded before the path is chosen: the parser (and zod) are
  // loaded only for files the index can't answer.
  const { compileQuery } = await import('../../query/filters.js');
  const { QueryError } = await import('../../query/errors.js');
  const { makeSink } = await import('../../query/output/sink.js');
  let compiled;
  try {
    compiled = compileQuery(filtersOf(opts));
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  }
  const read = await readingOf(opts, io);
  // Keep standard input's bytes, so matches in it get exact lines like those in files.
  let stdin: Uint8Array | undefined;
  const reading: Io = { ...io, readStdin: async () => (stdin = await io.readStdin()) };
  // With a cache, paragraphs and contributions come from the query index (src/cli/query-index.ts);
  // standard input and the other kinds take the records.
  const { indexAnswers } = await import('../../query/index/search.js');
  if (read.cacheDir !== undefined && !paths.includes('-') && indexAnswers(compiled)) {
    const { queryWithIndex } = await import('../query-index.js');
    // Written in pieces of 64 kB: one write per hit was a twentieth of a run from the index.
    const out = batchedWriter((s) => io.stdout.write(s));
    const sink = await makeSink(output, compiled.kind, out.write);
    try {
      const { failed } = await queryWithIndex(paths, io, { ...read, cacheDir: read.cacheDir }, compiled, context, sink, out.flush);
      sink.finish();
      return failed > 0 ? EXIT.usage : sink.hits > 0 ? EXIT.ok : EXIT.findings;
    } finally {
      out.flush();
    }
  }
  const sink = await makeSink(output, compiled.kind, (s) => io.stdout.write(s));
  const { decode, splitLines } = await import('../../source/index.js');
  // Loaded here, not at the top: a query answered from the index never hashes a file.
  const { createHash } = await import('node:crypto');
  const { queryRecord } = await import('../../query/query.js');
  const { forEachRecord } = await import('../read.js');
  const failed = await forEachRecord(paths, reading, read, (record) => {
    const lines = () => {
      const text = sourceText(record, io.cwd, stdin, decode, createHash);
      return text === undefined ? undefined : splitLines(text);
    };
    sink.record(record.source.path, queryRecord(record, compiled, { context, lines }));
  });
  sink.finish();
  return failed > 0 ? EXIT.usage : sink.hits > 0 ? EXIT.ok : EXIT.findings;
}

const BATCH_CHARS = 64 * 1024;

function batchedWriter(write: (s: string) => void): { write: (s: string) => void; flush: () => void } {
  let pending = '';
  const flush = () => {
    if (pending) write(pending);
    pending = '';
  };
  return {
    write: (s) => {
      pending += s;
      if (pending.length >= BATCH_CHARS) flush();
    },
    flush,
  };
}

function filtersOf(opts: QueryOpts): QueryFilters {
  const f: QueryFilters = { kind: opts.kind, patterns: opts.regexp };
  if (opts.speaker !== undefined) f.speaker = opts.speaker;
  if (opts.geleding !== undefined) f.geleding = opts.geleding;
  if (opts.item !== undefined) f.item = opts.item;
  if (opts.from !== undefined) f.from = opts.from;
  if (opts.to !== undefined) f.to = opts.to;
  if (opts.fixedStrings) f.fixedStrings = true;
  if (opts.ignoreCase) f.ignoreCase = true;
  if (opts.smartCase) f.smartCase = true;
  return f;
}

/** One output mode; colour only on a terminal and never with NO_COLOR set. */
async function outputMode(opts: QueryOpts, io: Io): Promise<OutputMode> {
  const chosen = [opts.json && '--json', opts.format && '--format', opts.count && '--count', opts.stats && '--stats'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} can't be combined: choose one output`);
  if (opts.by && !opts.stats) throw new UsageError('--by goes with --stats');
  if (opts.stats && opts.kind !== 'contribution' && opts.kind !== 'paragraph') throw new UsageError('--stats counts contributions or paragraphs: use --kind contribution or paragraph');
  if (opts.json) return { mode: 'json' };
  if (opts.format) return { mode: 'rows', format: opts.format };
  if (opts.count) return { mode: 'count' };
  if (opts.stats) return { mode: 'stats', byItem: opts.by === 'item' };
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  if (io.stdout.isTTY !== true || noColor) return { mode: 'text' };
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { mode: 'text', style: { match: (s) => chalk.bold.red(s), header: (s) => chalk.magenta(s), context: (s) => chalk.dim(s) } };
}

/**
 * The decoded text of a record's input, read again only for a record that has a match (so lines and
 * columns are exact); undefined when it has changed since it was parsed, and the points are then
 * estimated from the record.
 */
function sourceText(record: Verslag, cwd: string, stdin: Uint8Array | undefined, decode: (bytes: Uint8Array) => { text: string }, createHash: typeof import('node:crypto').createHash): string | undefined {
  const path = record.source.path;
  let bytes: Uint8Array | undefined;
  try {
    bytes = path === '<stdin>' ? stdin : readFileSync(isAbsolute(path) ? path : join(cwd, path));
  } catch {
    return undefined;
  }
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== record.source.sha256) return undefined;
  return decode(bytes).text;
}
