import type { z } from 'zod';
import type { Lang, Text } from '../i18n/index.js';
import type { Diagnostic, Position, Verslag } from '../model/index.js';
import type { Lines } from '../source/index.js';

/** How a rule is set in a config file or with `--rule`: ESLint's words. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** What a rule may read: the parsed record, and the decoded text for rules that need the raw lines. */
export interface RuleInput {
  record: Verslag;
  /** The decoded text of the file, line endings as in the file. */
  text: string;
}

/** One finding as a rule reports it; define-rule stamps id, source, severity and url on it. */
export interface Finding {
  message: string;
  position?: Position;
  /** The text that is wrong, as written (also the stable part of a baseline fingerprint). */
  actual?: string;
  expected?: string[];
  related?: Diagnostic['related'];
}

export interface RuleContext<O> extends RuleInput {
  lines: Lines;
  options: O;
  lang: Lang;
  /** The message in the language of the run. */
  t<P>(text: Text<P>, params: P): string;
  report(finding: Finding): void;
}

export interface RuleDefinition<O> {
  id: string;
  /** Severity when no config says otherwise. */
  severity: Exclude<RuleLevel, 'off'>;
  /** One sentence: what the rule checks. */
  description: string;
  /** One or two sentences: why a notulist should care. */
  why: string;
  options?: RuleOptions<O>;
  check(context: RuleContext<O>): void;
}

/** The zod namespace, handed to a rule's schema by whoever checks options (the config reader). */
export type Zod = typeof z;

/**
 * A rule's options. The defaults are plain data and the schema is built on demand, so a run with
 * no options in its config never loads zod (about 100 ms of every start-up, in each worker too).
 * The defaults are said once, here: a config's options are checked by the schema, every key
 * optional, and laid over them (define-rule.ts).
 */
export interface RuleOptions<O> {
  defaults: O;
  /** A strict zod object of every option, none with a default, so a misspelt option is a config error. */
  schema(zod: Zod): z.ZodObject<{ [K in keyof O]-?: z.ZodType<O[K]> }, z.core.$strict>;
}

export interface Rule {
  id: string;
  severity: Exclude<RuleLevel, 'off'>;
  description: string;
  why: string;
  url: string | undefined;
  /** The options a run uses when its config gives none (undefined: the rule takes none). */
  defaultOptions: unknown;
  /** Check options from a config file with `zod`; returns the parsed options or an error naming the key. */
  parseOptions(raw: unknown, zod: Zod): { ok: true; options: unknown } | { ok: false; error: string };
  run(input: RuleInput & { lines: Lines }, settings: { level: Exclude<RuleLevel, 'off'>; options?: unknown; lang: Lang }): Diagnostic[];
}
