import type { ArchiveSummary } from '../archive/summary.js';
import type { Diagnostic, Roster } from '../model/index.js';
import { type Fingerprinted, fingerprint } from '../report/baseline.js';
import { splitLines } from '../source/index.js';

// Archive messages are fingerprinted by rule and `actual` (a number, a reference, a spelling), not
// by a source line: the line is in the file, which is not read again on a cached run.
const NO_LINES = splitLines('');

/**
 * The archive rules' messages for these summaries, before any configured level is applied. The
 * rules are loaded here, when they run: a run whose archive findings are cached never loads them.
 */
export async function findArchiveProblems(summaries: readonly ArchiveSummary[], roster: Roster | undefined): Promise<Diagnostic[]> {
  const { checkArchive } = await import('../archive/rules/index.js');
  return checkArchive(summaries, roster ? { roster } : {});
}

/**
 * Add each archive message to the report of the file it names (a report is made for a file that
 * has none), so every reporter and the baseline see them like any other finding.
 */
export function addArchiveFindings(
  reports: Fingerprinted[],
  found: readonly Diagnostic[],
  levelOf: (ruleId: string) => 'off' | 'warn' | 'error' | undefined = () => undefined,
): void {
  const byPath = new Map(reports.map((r) => [r.path, r]));
  for (const problem of found) {
    // The config's or --rule's level for the rule, as for the rules within one file.
    const level = levelOf(problem.ruleId);
    if (level === 'off') continue;
    const d = level ? { ...problem, severity: level === 'warn' ? ('warning' as const) : ('error' as const) } : problem;
    const path = d.file ?? '';
    let report = byPath.get(path);
    if (!report) {
      report = { path, diagnostics: [], fingerprints: [] };
      reports.push(report);
      byPath.set(path, report);
    }
    report.diagnostics.push(d);
    report.fingerprints.push(fingerprint(d, NO_LINES));
  }
}
