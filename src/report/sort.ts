import type { Diagnostic } from '../model/index.js';

/** A file's findings, as the reporters take them. */
export interface FileReport {
  /** The path as the user wrote it (or `<stdin>`). */
  path: string;
  diagnostics: Diagnostic[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Deterministic order, like vfile-sort: line, column, rule id, then severity and message, so two
 * runs over the same files print the same bytes. Findings without a position (about the whole
 * file) come first.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.position?.start.line ?? 0;
  const lb = b.position?.start.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.position?.start.column ?? 0;
  const cb = b.position?.start.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Files by path (code-unit order, the same on every machine), each with its findings sorted. */
export function sortReports(reports: FileReport[]): FileReport[] {
  return [...reports]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((r) => ({ path: r.path, diagnostics: sortDiagnostics(r.diagnostics) }));
}

/** Errors and warnings in a set of reports. */
export function countSeverities(reports: FileReport[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings };
}
