import type { Diagnostic, Roster } from '../../model/index.js';
import type { ArchiveSummary } from '../summary.js';
import type { ArchiveContext, ArchiveRule } from './define.js';
import { documentRefs } from './document-refs.js';
import { duplicateMeeting } from './duplicate-meeting.js';
import { earlierVerslag } from './earlier-verslag.js';
import { meetingNumbers } from './meeting-numbers.js';
import { personGeleding } from './person-geleding.js';
import { personSpelling } from './person-spelling.js';

/** The archive rules, in order: duplicate-meeting first, because the others leave its files out. */
export const ARCHIVE_RULES: readonly ArchiveRule[] = [duplicateMeeting, meetingNumbers, earlierVerslag, documentRefs, personSpelling, personGeleding];

export interface ArchiveOptions {
  roster?: Roster;
}

/**
 * Check a set of verslagen as a whole. Takes the summaries (see summarize), so a caller can stream
 * records and keep only these. Files that are not minutes are left out. Messages come sorted by
 * file, then line.
 */
export function checkArchive(summaries: readonly ArchiveSummary[], options: ArchiveOptions = {}): Diagnostic[] {
  const ctx: ArchiveContext = {
    summaries: summaries.filter((s) => s.kind === 'verslag').sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    duplicates: new Set(),
  };
  if (options.roster) ctx.roster = options.roster;
  const out: Diagnostic[] = [];
  for (const rule of ARCHIVE_RULES) rule.check(ctx, (d) => out.push(d));
  return out.sort(
    (a, b) =>
      ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0) ||
      (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export type { ArchiveRule } from './define.js';
