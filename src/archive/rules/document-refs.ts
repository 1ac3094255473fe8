import { longestIncreasing } from '../increasing.js';
import type { ArchiveSummary, RefSeen } from '../summary.js';
import { type ArchiveRule, archiveMessage, byDate, cmp, where } from './define.js';

interface Claim {
  summary: ArchiveSummary;
  ref: RefSeen;
  series: string;
  n: number;
}

/**
 * A document number ("R/2960") belongs to one meeting, and the numbers of a series go up with the
 * meeting dates. A second claim is reported at the later meeting; out-of-order numbers are those
 * outside the longest rising run, so one wrong number is one message.
 */
export const documentRefs: ArchiveRule = {
  id: 'document-ref',
  description: 'Document references not claimed by two meetings and increasing with date',
  check(ctx, report) {
    const meetings = ctx.summaries.filter((s) => !ctx.duplicates.has(s)).sort(byDate);
    const first = new Map<string, Claim>();
    const bySeries = new Map<string, Claim[]>();
    for (const summary of meetings) {
      for (const ref of summary.refs) {
        const split = splitRef(ref.ref);
        if (!split) continue;
        const claim: Claim = { summary, ref, ...split };
        const key = `${claim.series}/${claim.n}`;
        const earlier = first.get(key);
        if (earlier && earlier.summary !== summary) {
          report(
            archiveMessage(
              'document-ref-claimed',
              'error',
              { file: summary.file, at: ref.at },
              `${ref.ref} (item ${ref.item}) is already the document of item ${earlier.ref.item} of the meeting of ${earlier.summary.date ?? 'no date'} in ${where({ file: earlier.summary.file, at: earlier.ref.at })}`,
              [{ file: earlier.summary.file, at: earlier.ref.at, note: `${ref.ref} first used here` }],
              ref.ref,
            ),
          );
          continue;
        }
        if (earlier) continue; // the same meeting names its document twice: fine
        first.set(key, claim);
        if (!summary.date) continue;
        const list = bySeries.get(claim.series);
        if (list) list.push(claim);
        else bySeries.set(claim.series, [claim]);
      }
    }
    for (const claims of bySeries.values()) {
      // Within a meeting the items may table documents in any order; across meetings they rise.
      claims.sort((a, b) => cmp(a.summary.date!, b.summary.date!) || byDate(a.summary, b.summary) || a.n - b.n);
      const keep = longestIncreasing(claims.map((c) => c.n));
      claims.forEach((c, i) => {
        if (keep[i]) return;
        const other = conflicting(claims, keep, i);
        report(
          archiveMessage(
            'document-ref-order',
            'warning',
            { file: c.summary.file, at: c.ref.at },
            `${c.ref.ref} (item ${c.ref.item}, meeting of ${c.summary.date}) is out of order with the dates` +
              (other ? `: the meeting of ${other.summary.date} in ${where({ file: other.summary.file, at: other.ref.at })} has ${other.ref.ref}` : ''),
            other ? [{ file: other.summary.file, at: other.ref.at, note: `${other.ref.ref}, meeting of ${other.summary.date}` }] : [],
            c.ref.ref,
          ),
        );
      });
    }
  },
};

/** "R/2960" → series "R", 2960; "SER/2018/12" → series "SER/2018", 12. */
export function splitRef(ref: string): { series: string; n: number } | undefined {
  const m = /^(.*)\/(\d+)$/.exec(ref.trim());
  return m ? { series: m[1]!, n: Number(m[2]) } : undefined;
}

function conflicting(claims: Claim[], keep: boolean[], i: number): Claim | undefined {
  const c = claims[i]!;
  for (let j = i - 1; j >= 0; j--) if (keep[j] && claims[j]!.n >= c.n && claims[j]!.summary !== c.summary) return claims[j];
  for (let j = i + 1; j < claims.length; j++) if (keep[j] && claims[j]!.n <= c.n && claims[j]!.summary !== c.summary) return claims[j];
  return undefined;
}
