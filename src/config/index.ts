export { ConfigError, CONFIG_NAMES, findConfig, loadConfig, parseConfig, parseRuleFlag, withRuleFlags } from './load.js';
export type { Config, ConfigFile, RuleConfig, RuleLevel } from './schema.js';
