import type { ArchiveSummary, EarlierVerslag } from '../summary.js';
import { type ArchiveRule, archiveMessage, bodyKey, groupBy, where } from './define.js';

/**
 * An agenda item "Verslag van de vergadering van 19 juni 2020 (R/2960)" tables a verslag that must be
 * in the archive: one of that body with that date, and, where numbers are written ("Verslag 713e …
 * vergadering" inside meeting 714), with the previous number. A date before the archive's first
 * meeting is not checked: the archive simply starts later.
 */
export const earlierVerslag: ArchiveRule = {
  id: 'earlier-verslag',
  description: 'A verslag item refers to a verslag in the archive with that date and the previous number',
  check(ctx, report) {
    const meetings = ctx.summaries.filter((s) => !ctx.duplicates.has(s));
    for (const group of groupBy(meetings, bodyKey).values()) {
      const byDate = groupBy(
        group.filter((s) => s.date),
        (s) => s.date!,
      );
      const byNumber = groupBy(
        group.filter((s) => s.number !== undefined),
        (s) => String(s.number),
      );
      const firstDate = [...byDate.keys()].sort()[0];
      const numbers = [...byNumber.keys()].map(Number);
      const firstNumber = numbers.length > 0 ? Math.min(...numbers) : undefined;
      for (const s of group) {
        for (const e of s.earlier) {
          const problem = check(s, e, byDate, byNumber, firstDate, firstNumber);
          if (!problem) continue;
          const other = problem.other;
          report(
            archiveMessage(
              'earlier-verslag',
              'error',
              { file: s.file, at: e.at },
              `Item ${e.item} "${e.title}" ${problem.reason}`,
              other ? [{ file: other.file, at: other.dateAt ?? other.numberAt, note: problem.note ?? 'the verslag this item names' }] : [],
              e.title,
            ),
          );
        }
      }
    }
  },
};

interface Problem {
  reason: string;
  other?: ArchiveSummary;
  note?: string;
}

function check(
  s: ArchiveSummary,
  e: EarlierVerslag,
  byDate: Map<string, ArchiveSummary[]>,
  byNumber: Map<string, ArchiveSummary[]>,
  firstDate: string | undefined,
  firstNumber: number | undefined,
): Problem | undefined {
  const dateWords = e.date ? `${e.date}${e.dateInferred ? ' (year taken from this meeting)' : ''}` : '';
  if (e.date && s.date && e.date >= s.date) {
    return { reason: `names the meeting of ${dateWords}, which is not before this meeting (${s.date})` };
  }
  if (e.number !== undefined && s.number !== undefined && e.number !== s.number - 1) {
    const previous = byNumber.get(String(s.number - 1))?.[0];
    const problem: Problem = { reason: `names meeting ${e.number}, but this is meeting ${s.number}: the previous meeting is ${s.number - 1}` };
    if (previous) {
      problem.other = previous;
      problem.note = `meeting ${s.number - 1}`;
    }
    return problem;
  }
  if (e.date) {
    const found = byDate.get(e.date)?.filter((o) => o !== s) ?? [];
    if (found.length === 0) {
      if (firstDate === undefined || e.date < firstDate) return undefined;
      const nearest = nearestBefore(byDate, e.date);
      const problem: Problem = { reason: `names the verslag of ${dateWords}, but no verslag in the archive has that date` };
      if (nearest) {
        problem.reason += ` (the nearest earlier one is of ${nearest.date}, ${where({ file: nearest.file, at: nearest.dateAt })})`;
        problem.other = nearest;
        problem.note = `the meeting of ${nearest.date}`;
      }
      return problem;
    }
    if (e.number !== undefined && found.every((o) => o.number !== undefined && o.number !== e.number)) {
      const o = found[0]!;
      return { reason: `names meeting ${e.number} of ${dateWords}, but the verslag of that date is meeting ${o.number}`, other: o, note: `meeting ${o.number} of ${o.date}` };
    }
    return undefined;
  }
  if (e.number !== undefined && !byNumber.has(String(e.number)) && firstNumber !== undefined && e.number >= firstNumber) {
    return { reason: `names meeting ${e.number}, but no verslag in the archive has that number` };
  }
  return undefined;
}

function nearestBefore(byDate: Map<string, ArchiveSummary[]>, date: string): ArchiveSummary | undefined {
  let best: string | undefined;
  for (const d of byDate.keys()) if (d < date && (best === undefined || d > best)) best = d;
  return best === undefined ? undefined : byDate.get(best)![0];
}
