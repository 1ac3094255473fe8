import { checkArchive } from '../archive/rules/index.js';
import type { ArchiveSummary } from '../archive/summary.js';
import type { Roster } from '../model/index.js';
import { type Fingerprinted, fingerprint } from '../report/baseline.js';
import { splitLines } from '../source/index.js';

// Archive messages are fingerprinted by rule and `actual` (a number, a reference, a spelling), not
// by a source line: the line is in the file, which is not read again on a cached run.
const NO_LINES = splitLines('');

/**
 * Run the archive rules over the summaries and add each message to the report of the file it
 * names (a report is made for a file that has none), so every reporter and the baseline see them
 * like any other finding.
 */
export function addArchiveFindings(
  reports: Fingerprinted[],
  summaries: readonly ArchiveSummary[],
  roster: Roster | undefined,
  levelOf: (ruleId: string) => 'off' | 'warn' | 'error' | undefined = () => undefined,
): void {
  const byPath = new Map(reports.map((r) => [r.path, r]));
  for (const found of checkArchive(summaries, roster ? { roster } : {})) {
    // The config's or --rule's level for the rule, as for the rules within one file.
    const level = levelOf(found.ruleId);
    if (level === 'off') continue;
    const d = level ? { ...found, severity: level === 'warn' ? ('warning' as const) : ('error' as const) } : found;
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
