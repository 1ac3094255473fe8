import { type ArchiveRule, archiveMessage, bodyKey, where } from './define.js';
import type { ArchiveSummary } from '../summary.js';

/**
 * Two verslagen of one meeting: the same file twice (same content), or the same body with the same
 * date and the same number (or no number to tell them apart). The later file in path order is the
 * one reported; rules after this one leave it out so one mistake gives one message.
 */
export const duplicateMeeting: ArchiveRule = {
  id: 'duplicate-meeting',
  description: 'No two verslagen of the same meeting',
  check(ctx, report) {
    const first = new Map<string, ArchiveSummary>();
    for (const s of ctx.summaries) {
      const keys = [`sha\u0000${s.sha256}`];
      if (s.date) keys.push(`date\u0000${bodyKey(s)}\u0000${s.date}\u0000${s.number ?? ''}`);
      const earlier = keys.map((k) => first.get(k)).find((e) => e !== undefined) ?? sameDateUnnumbered(first, s);
      if (earlier) {
        ctx.duplicates.add(s);
        const what = earlier.sha256 === s.sha256 ? 'has the same content as' : `is a second verslag of the meeting of ${s.date}${s.number !== undefined ? ` (nr. ${s.number})` : ''}, also in`;
        report(
          archiveMessage('duplicate-meeting', 'error', { file: s.file, at: s.dateAt ?? s.numberAt }, `This verslag ${what} ${where({ file: earlier.file, at: earlier.dateAt ?? earlier.numberAt })}; keep one of them`, [
            { file: earlier.file, at: earlier.dateAt ?? earlier.numberAt, note: 'the first verslag of this meeting' },
          ], earlier.file),
        );
        continue;
      }
      for (const k of keys) first.set(k, s);
      if (s.date) first.set(`any\u0000${bodyKey(s)}\u0000${s.date}`, s);
    }
  },
};

/** A verslag without a number on a date that already has one: the number can't tell them apart. */
function sameDateUnnumbered(first: Map<string, ArchiveSummary>, s: ArchiveSummary): ArchiveSummary | undefined {
  if (!s.date) return undefined;
  const other = first.get(`any\u0000${bodyKey(s)}\u0000${s.date}`);
  if (!other) return undefined;
  return other.number === undefined || s.number === undefined ? other : undefined;
}
