import { z } from 'zod';

/** `off | warn | error`, as ESLint writes them. */
export const Level = z.enum(['off', 'warn', 'error']);

/** `.verslagrc.yaml`, as written. Paths in it are relative to the file's own folder. */
export const ConfigFile = z.strictObject({
  rules: z.record(z.string(), z.unknown()).optional(),
  /** A roster file: who sits for which geleding (see `--roster`). */
  roster: z.string().min(1).optional(),
  /** The geleding vocabulary of this body; SER's when left out. */
  geledingen: z.array(z.string().min(1).max(100)).max(200).optional(),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

export type RuleLevel = z.infer<typeof Level>;

/** A rule as the run will use it. */
export interface RuleConfig {
  level: RuleLevel;
  options?: unknown;
}

/** What a validate run is configured with, after the file and the command line are merged. */
export interface Config {
  rules: Record<string, RuleConfig>;
  /** Absolute path of the roster file, if any. */
  roster?: string;
  geledingen?: string[];
  /** The config file this came from (for messages), if any. */
  file?: string;
}
