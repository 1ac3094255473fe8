import type { Diagnostic, Roster, Severity } from '../../model/index.js';
import { type ArchiveSummary, type At, toPosition } from '../summary.js';

/** What every archive rule reads: one summary per verslag, in file order, and the roster if given. */
export interface ArchiveContext {
  summaries: readonly ArchiveSummary[];
  roster?: Roster;
  /** Files already reported as a second verslag of one meeting: later rules leave them out. */
  duplicates: Set<ArchiveSummary>;
}

export interface ArchiveRule {
  id: string;
  /** Why the rule exists, for the README and --help. */
  description: string;
  check(ctx: ArchiveContext, report: (d: Diagnostic) => void): void;
}

export interface Place {
  file: string;
  at?: At | undefined;
}

/**
 * Stamp the rule id, source and the file on a message, so a rule can't misspell its own id and
 * every archive message names the file it is about and the other file that belongs to it.
 */
export function archiveMessage(
  ruleId: string,
  severity: Severity,
  where: Place,
  reason: string,
  related: Array<Place & { note: string }> = [],
  /** What the message is about (a number, a reference, a spelling): stable for baselines, unlike line numbers. */
  actual?: string,
): Diagnostic {
  const d: Diagnostic = { reason, ruleId, source: 'verslag:archive', severity, file: where.file };
  if (actual !== undefined) d.actual = actual;
  if (where.at) d.position = toPosition(where.at);
  const rel = related.filter((r): r is Place & { note: string; at: At } => r.at !== undefined);
  if (rel.length > 0) d.related = rel.map((r) => ({ file: r.file, position: toPosition(r.at), note: r.note }));
  return d;
}

/** `file:line` for a message text. */
export function where(place: Place): string {
  return place.at ? `${place.file}:${place.at[0]}` : place.file;
}

/** Meetings of different bodies number and date independently. */
export function bodyKey(s: ArchiveSummary): string {
  return (s.body ?? '').trim().toLowerCase();
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Order by date, then number, then file: the order an archive is read in. */
export function byDate(a: ArchiveSummary, b: ArchiveSummary): number {
  return cmp(a.date ?? '', b.date ?? '') || (a.number ?? 0) - (b.number ?? 0) || cmp(a.file, b.file);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
