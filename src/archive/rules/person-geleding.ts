import type { Roster, RosterMember } from '../../model/index.js';
import { personKey } from '../person-key.js';
import type { ArchiveSummary, At } from '../summary.js';
import { type ArchiveRule, archiveMessage, cmp, where } from './define.js';

interface Seen {
  summary: ArchiveSummary;
  name: string;
  geleding: string;
  at: At | undefined;
}

/**
 * One person, one geleding across the archive. Where the roster says who sat for which geleding
 * from when to when, a verslag that agrees with the roster for its date is never reported (people
 * do change seats); the others must agree with each other, and the rarer geleding is reported.
 */
export const personGeleding: ArchiveRule = {
  id: 'person-geleding',
  description: 'One person, one geleding across the archive (roster dates respected)',
  check(ctx, report) {
    const roster = rosterIndex(ctx.roster);
    const byPerson = new Map<string, Seen[]>();
    for (const summary of ctx.summaries) {
      if (ctx.duplicates.has(summary)) continue;
      for (const p of summary.people) {
        if (!p.geleding) continue;
        const key = personKey(p.name);
        const covered = roster.get(key)?.find((m) => m.geleding && covers(m, summary.date));
        if (covered && same(covered.geleding!, p.geleding)) continue;
        const list = byPerson.get(key) ?? [];
        list.push({ summary, name: p.name, geleding: p.geleding, at: p.at });
        byPerson.set(key, list);
      }
    }
    for (const seen of byPerson.values()) {
      const counts = new Map<string, Seen[]>();
      for (const s of seen) {
        // Pushed in place: copying the list on every sighting was quadratic in a speaker's verslagen.
        const g = s.geleding.toLowerCase();
        const list = counts.get(g);
        if (list) list.push(s);
        else counts.set(g, [s]);
      }
      if (counts.size < 2) continue;
      const ranked = [...counts.values()].sort((a, b) => b.length - a.length || cmp(a[0]!.summary.file, b[0]!.summary.file));
      const usual = ranked[0]![0]!;
      for (const group of ranked.slice(1)) {
        for (const s of group) {
          report(
            archiveMessage(
              'person-geleding',
              'warning',
              { file: s.summary.file, at: s.at },
              `${s.name} speaks for the ${s.geleding} here (${s.summary.date ?? 'no date'}), but for the ${usual.geleding} in ${ranked[0]!.length} verslag${ranked[0]!.length === 1 ? '' : 'en'} (first ${where({ file: usual.summary.file, at: usual.at })}); if the seat changed, give the dates in the roster`,
              [{ file: usual.summary.file, at: usual.at, note: `${usual.name}: ${usual.geleding}` }],
              `${s.name}: ${s.geleding}`,
            ),
          );
        }
      }
    }
  },
};

/** Roster members by name key, aliases included, and by surname when only one member has it. */
function rosterIndex(roster: Roster | undefined): Map<string, RosterMember[]> {
  const out = new Map<string, RosterMember[]>();
  if (!roster) return out;
  const add = (key: string, m: RosterMember) => out.set(key, [...(out.get(key) ?? []), m]);
  const surnames = new Map<string, Set<string>>();
  for (const m of roster.members) {
    const full = personKey(m.name);
    for (const n of [m.name, ...(m.aliases ?? [])]) add(personKey(n), m);
    // "Alexandra van Selm" is also "Van Selm" in a verslag that writes surnames only.
    const surname = personKey(m.name.replace(/^\p{Lu}\p{Ll}+\s+/u, ''));
    if (surname !== full) surnames.set(surname, (surnames.get(surname) ?? new Set()).add(full));
  }
  for (const [surname, fulls] of surnames) {
    if (fulls.size !== 1 || out.has(surname)) continue;
    out.set(surname, out.get([...fulls][0]!) ?? []);
  }
  return out;
}

function covers(m: RosterMember, date: string | undefined): boolean {
  if (!date) return m.from === undefined && m.to === undefined;
  return (m.from === undefined || m.from <= date) && (m.to === undefined || date <= m.to);
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
