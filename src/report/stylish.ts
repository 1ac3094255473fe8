import { Chalk } from 'chalk';
import { type Lang, UI } from '../i18n/index.js';
import { countSeverities, type FileReport } from './sort.js';
import { escapeForTerminal } from './terminal.js';

export interface StylishOptions {
  lang: Lang;
  /** Colour on: the CLI decides (a TTY, and no NO_COLOR). */
  color: boolean;
}

/**
 * ESLint's "stylish": the file, then one aligned line per finding
 * (`line:col  severity  message  rule-id`), then a count. Nothing at all when there is nothing
 * to say. Text from the verslag is escaped before it reaches the terminal.
 */
export function formatStylish(reports: FileReport[], options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const ui = UI[options.lang];
  let out = '';
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const rows = report.diagnostics.map((d) => [
      d.position ? `${d.position.start.line}:${d.position.start.column}` : '0:0',
      d.severity === 'error' ? ui.error : d.severity === 'warning' ? ui.warning : ui.info,
      escapeForTerminal(d.reason).replace(/[\r\n]+/g, ' '),
      d.ruleId,
    ]);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => [...r[i]!].length)));
    out += `\n${c.underline(escapeForTerminal(report.path))}\n`;
    report.diagnostics.forEach((d, i) => {
      const [place, severity, reason, rule] = rows[i]!;
      const paint = d.severity === 'error' ? c.red : c.yellow;
      out += `  ${c.dim(place!.padStart(widths[0]!))}  ${paint(severity!.padEnd(widths[1]!))}  ${reason}  ${c.dim(rule)}\n`;
    });
  }
  const { errors, warnings } = countSeverities(reports);
  if (errors + warnings === 0) return out;
  const summary = `✖ ${ui.problems(errors + warnings, errors, warnings)}`;
  return `${out}\n${c.bold(errors > 0 ? c.red(summary) : c.yellow(summary))}\n`;
}
