import { countSeverities, type FileReport } from './sort.js';

/** One object per file: path, counts and the diagnostics as the record model writes them. */
export function formatJson(reports: FileReport[]): string {
  const files = reports.map((r) => {
    const { errors, warnings } = countSeverities([r]);
    return { path: r.path, errorCount: errors, warningCount: warnings, diagnostics: r.diagnostics };
  });
  return JSON.stringify(files, null, 2) + '\n';
}
