import type { FileReport } from './sort.js';
import { escapeForTerminal } from './terminal.js';

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule-id::message`, which
 * GitHub shows as annotations on the file. Data and properties are escaped as the runner expects.
 */
export function formatGithub(reports: FileReport[]): string {
  let out = '';
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${property(r.path)}`];
      if (d.position) {
        const { start, end } = d.position;
        props.push(`line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`);
      }
      props.push(`title=${property(d.ruleId)}`);
      out += `::${command} ${props.join(',')}::${data(escapeForTerminal(d.reason))}\n`;
    }
  }
  return out;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
