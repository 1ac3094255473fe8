import type { Lang } from '../i18n/index.js';
import type { Rule } from '../rules/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import type { FileReport } from './sort.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  version: string;
  /** The rules, for formats that describe them (see `describesRules`); other formats ignore them. */
  rules: readonly Rule[];
}

/** Whether a format lists the rules themselves (SARIF's tool.driver.rules), so they must be loaded. */
export function describesRules(format: Format): boolean {
  return format === 'sarif';
}

/** The reports as text in one of the formats; reports must already be sorted (sortReports). */
export function formatReports(format: Format, reports: FileReport[], options: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(reports, options);
    case 'json':
      return formatJson(reports);
    case 'github':
      return formatGithub(reports);
    case 'sarif':
      return formatSarif(reports, { version: options.version, rules: options.rules, lang: options.lang });
    case 'junit':
      return formatJunit(reports);
  }
}

export { compareDiagnostics, countSeverities, sortDiagnostics, sortReports, type FileReport } from './sort.js';
export { escapeForTerminal } from './terminal.js';
