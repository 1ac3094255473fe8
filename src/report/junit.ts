import { countSeverities, type FileReport } from './sort.js';

/**
 * JUnit XML, as CI servers read it: one testsuite per file, one failing testcase per finding, and a
 * single passing testcase for a file with none (so it counts as checked).
 */
export function formatJunit(reports: FileReport[]): string {
  const total = countSeverities(reports);
  const tests = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="verslag validate" tests="${tests}" failures="${total.errors + total.warnings}" errors="0">\n`;
  for (const r of reports) {
    const { errors, warnings } = countSeverities([r]);
    const path = xml(r.path);
    out += `  <testsuite name="${path}" tests="${Math.max(1, r.diagnostics.length)}" failures="${errors + warnings}" errors="0">\n`;
    if (r.diagnostics.length === 0) out += `    <testcase classname="${path}" name="verslag validate"/>\n`;
    for (const d of r.diagnostics) {
      const place = d.position ? `${d.position.start.line}:${d.position.start.column}` : '0:0';
      out += `    <testcase classname="${path}" name="${place} ${xml(d.ruleId)}">\n`;
      out += `      <failure type="${d.severity}" message="${xml(d.reason)}">${path}:${place} ${d.severity} ${xml(d.reason)} (${xml(d.ruleId)})</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return out + '</testsuites>\n';
}

/** Escape for XML text and attributes; characters XML 1.0 cannot hold are written as \uXXXX. */
function xml(s: string): string {
  return s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
