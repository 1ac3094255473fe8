import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse as parsePath, resolve } from 'node:path';
import { parseYaml } from '../api/safe-yaml.js';
import { ARCHIVE_RULE_IDS } from '../archive/rules/ids.js';
import { OTHER_IDS, RULE_IDS } from '../rules/ids.js';
import type { Rule, Zod } from '../rules/types.js';
import type { Config, RuleConfig, RuleLevel } from './schema.js';

/** Names a config file may have, first found wins. */
export const CONFIG_NAMES = ['.verslagrc.yaml', '.verslagrc.yml'];

/** A config that cannot be used; the CLI prints it after the file name and exits 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const CONFIGURABLE = new Set([...RULE_IDS, ...OTHER_IDS, ...ARCHIVE_RULE_IDS]);
const LEVELS: ReadonlySet<unknown> = new Set<RuleLevel>(['off', 'warn', 'error']);

function isLevel(value: unknown): value is RuleLevel {
  return LEVELS.has(value);
}

/** The nearest config file from `dir` upwards, or undefined. */
export async function findConfig(dir: string): Promise<string | undefined> {
  let current = resolve(dir);
  const { root } = parsePath(current);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) return candidate;
    }
    if (current === root) return undefined;
    current = dirname(current);
  }
}

/** Read and check a config file. Throws ConfigError naming the key and what was expected. */
export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, `cannot read the config (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfig(text, path);
}

/** Check config YAML text; `path` names it in errors and anchors relative paths. */
export async function parseConfig(text: string, path: string): Promise<Config> {
  // Size, alias, depth and tag limits: see src/api/safe-yaml.ts.
  const parsed = await parseYaml(text, 'config');
  if (!parsed.ok) throw new ConfigError(path, parsed.error);
  // zod is loaded only for a config file: a run without one never pays its start-up.
  const [{ z }, { ConfigFile }, { ruleById }] = await Promise.all([import('zod'), import('./schema.js'), import('../rules/index.js')]);
  const checked = ConfigFile.safeParse(parsed.data ?? {});
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    const expected = issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.join(', ')}; expected rules, roster or geledingen` : issue.message;
    throw new ConfigError(path, `key ${key}: ${expected}`);
  }
  const file = checked.data;
  const config: Config = { rules: {}, file: path };
  for (const [id, raw] of Object.entries(file.rules ?? {})) config.rules[id] = ruleSetting(id, raw, path, z, ruleById(id));
  if (file.roster) config.roster = isAbsolute(file.roster) ? file.roster : join(dirname(path), file.roster);
  if (file.geledingen) config.geledingen = file.geledingen;
  return config;
}

/** `rule`: the rule with that id; none for the ids that are configurable but not rules (OTHER_IDS, archive rules). */
function ruleSetting(id: string, raw: unknown, path: string, zod: Zod, rule: Rule | undefined): RuleConfig {
  const key = `rules.${id}`;
  if (!CONFIGURABLE.has(id)) throw new ConfigError(path, `key ${key}: unknown rule ${JSON.stringify(id)}; expected one of ${[...CONFIGURABLE].join(', ')}`);
  const [levelRaw, optionsRaw] = Array.isArray(raw) ? raw : [raw];
  if (!isLevel(levelRaw) || (Array.isArray(raw) && (raw.length === 0 || raw.length > 2))) {
    throw new ConfigError(path, `key ${key}: expected off, warn or error, or [level, {options}]; got ${JSON.stringify(raw)}`);
  }
  const setting: RuleConfig = { level: levelRaw };
  if (optionsRaw !== undefined) {
    if (!rule) throw new ConfigError(path, `key ${key}: ${id} takes no options; expected just off, warn or error`);
    const parsed = rule.parseOptions(optionsRaw, zod);
    if (!parsed.ok) throw new ConfigError(path, `key ${key}[1]: ${parsed.error}`);
    setting.options = parsed.options;
  }
  return setting;
}

/** `--rule name-variant=off`: one flag → [id, level]. Throws Error naming what was expected. */
export function parseRuleFlag(flag: string): [string, RuleLevel] {
  const m = /^([a-z][a-z0-9-]*)=(\w+)$/.exec(flag.trim());
  if (!m) throw new Error(`--rule ${flag}: expected id=off|warn|error, e.g. --rule name-variant=off`);
  const [, id, levelRaw] = m;
  if (!CONFIGURABLE.has(id!)) throw new Error(`--rule ${flag}: unknown rule ${JSON.stringify(id)}; expected one of ${[...CONFIGURABLE].join(', ')}`);
  if (!isLevel(levelRaw)) throw new Error(`--rule ${flag}: expected off, warn or error after =`);
  return [id!, levelRaw];
}

/** The config file's settings with the command line's `--rule` flags on top (options are kept). */
export function withRuleFlags(config: Config, flags: Array<[string, RuleLevel]>): Config {
  if (flags.length === 0) return config;
  const rules = { ...config.rules };
  for (const [id, level] of flags) rules[id] = { ...rules[id], level };
  return { ...config, rules };
}
