import { longestIncreasing } from '../increasing.js';
import type { ArchiveSummary } from '../summary.js';
import { type ArchiveRule, archiveMessage, bodyKey, byDate, groupBy, where } from './define.js';

/**
 * Meeting numbers are unique within a body and go up with the date. Out-of-order meetings are the
 * fewest that break the rise (outside the longest increasing run), so one misnumbered meeting gives
 * one message, not one for every meeting after it.
 */
export const meetingNumbers: ArchiveRule = {
  id: 'meeting-number',
  description: 'Meeting numbers unique and increasing with date',
  check(ctx, report) {
    const numbered = ctx.summaries.filter((s) => s.number !== undefined && !ctx.duplicates.has(s));
    for (const group of groupBy(numbered, bodyKey).values()) {
      const reused = new Set<ArchiveSummary>();
      for (const same of groupBy(group, (s) => String(s.number)).values()) {
        if (same.length < 2) continue;
        const sorted = [...same].sort(byDate);
        const first = sorted[0]!;
        for (const s of sorted.slice(1)) {
          reused.add(s);
          report(
            archiveMessage(
              'meeting-number-unique',
              'error',
              { file: s.file, at: s.numberAt },
              `Meeting number ${s.number} (${s.date ?? 'no date'}) is also the number of the meeting of ${first.date ?? 'no date'} in ${where({ file: first.file, at: first.numberAt })}`,
              [{ file: first.file, at: first.numberAt, note: `meeting ${first.number} first used here` }],
              String(s.number),
            ),
          );
        }
      }
      const dated = group.filter((s) => s.date !== undefined && !reused.has(s)).sort(byDate);
      const keep = longestIncreasing(dated.map((s) => s.number!));
      dated.forEach((s, i) => {
        if (keep[i]) return;
        const other = conflicting(dated, keep, i);
        const detail = other
          ? `, but the meeting of ${other.date} in ${where({ file: other.file, at: other.numberAt })} has number ${other.number}`
          : '';
        report(
          archiveMessage(
            'meeting-number-order',
            'error',
            { file: s.file, at: s.numberAt ?? s.dateAt },
            `Meeting number ${s.number} of ${s.date} is out of order with the dates${detail}`,
            other ? [{ file: other.file, at: other.numberAt, note: `meeting ${other.number} of ${other.date}` }] : [],
            String(s.number),
          ),
        );
      });
    }
  },
};

/** The nearest in-order meeting that this one conflicts with: earlier with a higher number, or later with a lower one. */
function conflicting(dated: ArchiveSummary[], keep: boolean[], i: number): ArchiveSummary | undefined {
  const n = dated[i]!.number!;
  for (let j = i - 1; j >= 0; j--) if (keep[j] && dated[j]!.number! >= n) return dated[j];
  for (let j = i + 1; j < dated.length; j++) if (keep[j] && dated[j]!.number! <= n) return dated[j];
  return undefined;
}
