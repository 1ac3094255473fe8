import { ARCHIVE_RULE_IDS } from '../../archive/rules/ids.js';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { type Command, Option } from 'commander';
import { siblingModule } from '../../archive/product.js';
import { type Config, ConfigError, loadConfig, parseRuleFlag, type RuleLevel, withRuleFlags } from '../../config/index.js';
import { type Lang, langFromEnv, LANGS, UI } from '../../i18n/index.js';
import type { Roster } from '../../model/index.js';
import { type Fingerprinted, makeBaseline, newFindings } from '../../report/baseline.js';
import { countSeverities, describesRules, type Format, formatReports, FORMATS, sortReports } from '../../report/index.js';
import { OTHER_IDS, RULE_IDS } from '../../rules/ids.js';
import type { Rule } from '../../rules/types.js';
import { mayHaveErrors, type ValidatedFile } from '../../archive/validate-product.js';
import type { ValidateSettings } from '../../rules/validate.js';
import type { Io } from '../io.js';
import { EXIT, UsageError } from '../main.js';
import { ConfigFinder } from '../archive-config.js';
import { addArchiveOptions, type ArchiveOpts, collect, readEachFrom } from '../archive-options.js';
import { expandOptionsOf, expandPaths } from '../paths.js';
import { forEachProduct, maxBytesOf, reportUnread } from '../read.js';
import { loadRosterOption } from '../roster-option.js';

interface ValidateOpts {
  format: Format;
  quiet?: boolean;
  maxWarnings?: string;
  rule: string[];
  config?: string;
  lang?: Lang;
  roster?: string;
  maxSize: string;
  baseline?: string;
  baselineWrite?: string;
  archive?: boolean;
}


/**
 * The text after the options. The rules are loaded only for a run that prints help (a run answered
 * from the cache never loads them); without them, their ids alone.
 */
const helpAfter = (rules: readonly Rule[] | undefined) => `
Rules (default severity):
${rules ? rules.map((r) => `  ${r.id.padEnd(24)} ${r.severity.padEnd(5)}  ${r.description}`).join('\n') : `  ${RULE_IDS.join(', ')}`}
Also configurable: ${OTHER_IDS.join(', ')}; across files: ${ARCHIVE_RULE_IDS.join(', ')}.

Configuration: .verslagrc.yaml, looked up from each file's folder upwards (or --config FILE):
  rules: { name-variant: off, text-artefact: [warn, { pageNumbers: false }] }
  roster: leden.yaml
  geledingen: [werkgevers, werknemers, kroonleden]

Inline, in .txt and .md alike:
  <!-- verslag-disable-next-line name-variant -- two people, not one -->
  <!-- verslag-disable speaker-unlisted -->  …  <!-- verslag-enable speaker-unlisted -->

Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 usage, configuration or input error (named on stderr).`;

/** `verslag validate <paths…>`: check each file against the rules and report what to fix. */
export async function registerValidate(program: Command, io: Io, state: { code: number }, context: { help: boolean } = { help: false }): Promise<Command> {
  const rulesForHelp = context.help ? (await import('../../rules/index.js')).RULES : undefined;
  const command = program
    .command('validate')
    .description('check minutes files and report each problem with its line, in words that say what to fix')
    .argument('<paths...>', 'files, folders or globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('--quiet', 'report errors only, no warnings')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--rule <id=level>', 'set a rule to off, warn or error; repeatable', collect, [])
    .option('-c, --config <file>', 'use this config file instead of looking for .verslagrc.yaml')
    .addOption(new Option('--lang <lang>', 'language of the messages (default: nl when the locale — LC_ALL, LC_MESSAGES or LANG — starts with nl)').choices([...LANGS]))
    .option('--roster <file>', 'YAML roster: names with geleding, organisation and dates (wins over the config)')
    .option('--max-size <mb>', 'refuse files larger than this many megabytes', '256')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--baseline-write <file>', "write today's findings to this baseline file, and report none of them")
    .option('--archive', 'only the rules across files (numbers, dates, references, spellings); they also run whenever more than one file is given');
  return addArchiveOptions(command, { quiet: false })
    .addHelpText('after', helpAfter(rulesForHelp))
    .action(async (paths: string[], opts: ValidateOpts & ArchiveOpts) => {
      const lang = opts.lang ?? langFromEnv(io.env);
      const maxWarnings = parseMaxWarnings(opts.maxWarnings);
      const flags = ruleFlags(opts.rule);
      const maxBytes = maxBytesOf(opts.maxSize);
      const baseline = opts.baseline ? await readBaseline(opts.baseline, io) : undefined;
      const reading = readEachFrom(opts, io);
      const cliRoster = opts.roster ? await loadRosterOption(opts.roster, io, reading.cacheDir) : undefined;

      const expanded = await expandPaths(paths, io.cwd, expandOptionsOf(reading));
      const { files } = expanded;
      let failed = reportUnread(io, expanded);
      const reports: Fingerprinted[] = [];
      // --quiet shows errors only; unless a baseline needs every finding, warnings are not kept
      // for the whole run (in a large archive they were most of what the run held).
      const errorsOnly = Boolean(opts.quiet) && !opts.baseline && !opts.baselineWrite;
      // Archive rules keep one small summary per file, never the records (memory stays flat).
      const validated: Array<{ file: string; value: ValidatedFile }> = [];
      let archiveRoster: Roster | undefined;
      // Rules across files take their levels from the first file's config and the --rule flags.
      let archiveRules: ValidateSettings['rules'];
      for (const group of await groupByConfig(files, opts.config, io)) {
        const config = withRuleFlags(group.config ?? { rules: {} }, flags);
        const settings: ValidateSettings = { rules: config.rules, lang };
        const roster = cliRoster ?? (await rosterOf(config, io, reading.cacheDir));
        archiveRoster ??= roster;
        archiveRules ??= config.rules;
        const product = { module: siblingModule(import.meta.url, '../../archive/validate-product.js'), name: 'validateArchiveProduct', config: settings };
        failed += await forEachProduct<ValidatedFile>(group.files, io, { ...(roster ? { roster } : {}), maxBytes, ...reading }, product, (value, file) => {
          // --archive: the rules across files alone.
          reports.push(opts.archive ? { path: file, diagnostics: [], fingerprints: [] } : errorsOnly ? onlyErrors(file, value) : { path: file, diagnostics: value.diagnostics, fingerprints: value.fingerprints });
          validated.push({ file, value });
        });
      }
      if (opts.archive || validated.length > 1) {
        const [{ addArchiveFindings, findArchiveProblems }, { archiveProblems }, { VERSION }] = await Promise.all([
          import('../archive-findings.js'),
          import('../archive-memo.js'),
          import('../program.js'),
        ]);
        const found = await archiveProblems(validated, archiveRoster, reading.cacheDir, VERSION, (summaries) => findArchiveProblems(summaries, archiveRoster));
        addArchiveFindings(reports, found, (id) => archiveRules?.[id]?.level);
      }

      let shown = baseline ? newFindings(reports, baseline) : reports;
      if (opts.baselineWrite) {
        const { writeFileAtomic } = await import('../../io/atomic-write.js');
        const written = makeBaseline(reports);
        await writeFileAtomic(resolvePath(opts.baselineWrite, io), JSON.stringify(written, null, 2) + '\n');
        io.stderr.write(`verslag: wrote ${reports.reduce((n, r) => n + r.diagnostics.length, 0)} findings to ${opts.baselineWrite}\n`);
        shown = shown.map((r) => ({ ...r, diagnostics: [], fingerprints: [] }));
      }
      if (opts.quiet) shown = shown.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));

      const sorted = sortReports(shown.map((r) => ({ path: r.path, diagnostics: r.diagnostics })));
      const { VERSION } = await import('../program.js');
      const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
      const rules = describesRules(opts.format) ? (await import('../../rules/index.js')).RULES : [];
      io.stdout.write(formatReports(opts.format, sorted, { lang, color, version: VERSION, rules }));

      const { errors, warnings } = countSeverities(sorted);
      const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
      if (tooManyWarnings && opts.format === 'stylish') io.stderr.write(`${UI[lang].maxWarnings(warnings, maxWarnings)}\n`);
      state.code = failed > 0 ? EXIT.usage : errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
    });
}

/** A file's report with its errors alone (and their fingerprints). */
function onlyErrors(path: string, value: ValidatedFile): Fingerprinted {
  const report: Fingerprinted = { path, diagnostics: [], fingerprints: [] };
  // Most files have warnings at most: their findings are then not even parsed.
  if (!mayHaveErrors(value)) return report;
  value.diagnostics.forEach((d, i) => {
    if (d.severity !== 'error') return;
    report.diagnostics.push(d);
    report.fingerprints.push(value.fingerprints[i]!);
  });
  return report;
}

function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings takes a whole number of 0 or more, not "${raw}"`);
  return n;
}

function ruleFlags(raw: string[]): Array<[string, RuleLevel]> {
  try {
    return raw.map(parseRuleFlag);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function resolvePath(path: string, io: Io): string {
  return isAbsolute(path) ? path : join(io.cwd, path);
}

async function readBaseline(path: string, io: Io) {
  let text: string;
  try {
    text = await readFile(resolvePath(path, io), 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { parseBaseline } = await import('../../report/parse-baseline.js');
  const parsed = parseBaseline(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return parsed.baseline;
}

/**
 * Files grouped by the config that applies to them: `--config` for all, else the nearest
 * .verslagrc.yaml above each file (standard input: above the working folder). Groups keep the
 * files' order; most runs have one group.
 */
async function groupByConfig(files: string[], explicit: string | undefined, io: Io): Promise<Array<{ config?: Config; files: string[] }>> {
  const configs = new ConfigFinder();
  const groups = new Map<string, { config?: Config; files: string[] }>();
  for (const file of files) {
    let path: string | undefined;
    if (explicit) path = resolvePath(explicit, io);
    else {
      path = configs.find(file === '-' ? io.cwd : dirname(resolvePath(file, io)));
    }
    const key = path ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { files: [] };
      if (path) group.config = await configAt(path, explicit);
      groups.set(key, group);
    }
    group.files.push(file);
  }
  // `--config` names a file that must be good even when no input is readable.
  if (explicit && files.length === 0) await configAt(resolvePath(explicit, io), explicit);
  return [...groups.values()];
}

async function configAt(path: string, shown: string | undefined): Promise<Config> {
  try {
    return await loadConfig(path);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`${shown ?? e.file}: ${e.detail}`);
    throw e;
  }
}

/** The roster a config names, with its geleding vocabulary. */
async function rosterOf(config: Config, io: Io, cacheDir: string | undefined): Promise<Roster | undefined> {
  const roster = config.roster ? await loadRosterOption(config.roster, io, cacheDir) : undefined;
  if (!config.geledingen) return roster;
  return { ...(roster ?? { members: [] }), geledingen: config.geledingen };
}
