import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/index.js';
import type { Lines } from '../source/index.js';

/**
 * A baseline: today's findings, so a later run reports only new ones (`--baseline-write FILE`,
 * then `--baseline FILE`). A finding is known by its file, rule id and a fingerprint of what it
 * is about — the rule, the text it names (`actual`, `expected`) and the source line it points at,
 * blanks folded — not by its line number, so lines added above it do not make it new again.
 */
export const BASELINE_VERSION = 1;

/** A baseline file's content; `parse-baseline.ts` checks a file against it. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: Array<{ file: string; ruleId: string; fingerprint: string; count: number }>;
}

/** The fingerprint of one finding in a file whose lines are given. */
export function fingerprint(d: Diagnostic, lines: Lines): string {
  const line = d.position ? (lines.lines[d.position.start.line - 1] ?? '') : '';
  const parts = [d.ruleId, d.actual ?? '', (d.expected ?? []).join('\u0001'), line.replace(/\s+/g, ' ').trim()];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

export interface Fingerprinted {
  path: string;
  diagnostics: Diagnostic[];
  fingerprints: string[];
}

/** Today's findings as a baseline, sorted so the file diffs well. */
export function makeBaseline(reports: Fingerprinted[]): Baseline {
  const counts = new Map<string, { file: string; ruleId: string; fingerprint: string; count: number }>();
  for (const r of reports) {
    r.diagnostics.forEach((d, i) => {
      const key = `${r.path}\u0000${d.ruleId}\u0000${r.fingerprints[i]}`;
      const entry = counts.get(key) ?? { file: r.path, ruleId: d.ruleId, fingerprint: r.fingerprints[i]!, count: 0 };
      entry.count++;
      counts.set(key, entry);
    });
  }
  const findings = [...counts.values()].sort((a, b) => (a.file + a.ruleId + a.fingerprint < b.file + b.ruleId + b.fingerprint ? -1 : 1));
  return { version: BASELINE_VERSION, findings };
}

/** Only the findings the baseline does not hold (each baseline entry covers `count` findings). */
export function newFindings(reports: Fingerprinted[], baseline: Baseline): Fingerprinted[] {
  const left = new Map<string, number>();
  for (const f of baseline.findings) left.set(`${f.file}\u0000${f.ruleId}\u0000${f.fingerprint}`, f.count);
  return reports.map((r) => {
    const diagnostics: Diagnostic[] = [];
    const fingerprints: string[] = [];
    r.diagnostics.forEach((d, i) => {
      const key = `${r.path}\u0000${d.ruleId}\u0000${r.fingerprints[i]}`;
      const n = left.get(key) ?? 0;
      if (n > 0) left.set(key, n - 1);
      else {
        diagnostics.push(d);
        fingerprints.push(r.fingerprints[i]!);
      }
    });
    return { path: r.path, diagnostics, fingerprints };
  });
}
