import { deletionNeighbours, personKey, spellingOf } from '../person-key.js';
import type { ArchiveSummary, At } from '../summary.js';
import { type ArchiveRule, archiveMessage, cmp, where } from './define.js';

// A one-letter difference is only a misspelling when the names are long enough that two real
// people rarely differ by one letter, and one form is clearly the usual one.
const NEAR_MISS_MIN_LENGTH = 7;
const NEAR_MISS_RATIO = 3;

interface Form {
  spelling: string;
  /** As the first file writes it (the message quotes this, not the compared form). */
  written: string;
  key: string;
  /** Files that write it, each with the first place. */
  files: Array<{ summary: ArchiveSummary; at: At | undefined }>;
}

/**
 * One person, one spelling across the archive. Two forms are one person when they differ only in
 * case, accents, spaces, hyphens or dots ("Gunning Schepers" / "Gunning-Schepers"), or by one letter
 * in a long name that never appears beside the other form in one verslag and is far rarer
 * ("Wijngaarde" in 1 file, "Wijngaarden" in 40). Each file with the rarer form is reported.
 */
export const personSpelling: ArchiveRule = {
  id: 'person-spelling',
  description: 'One person, one spelling across the archive',
  check(ctx, report) {
    const forms = new Map<string, Form>();
    for (const summary of ctx.summaries) {
      if (ctx.duplicates.has(summary)) continue;
      const inFile = new Set<string>();
      for (const p of summary.people) {
        const spelling = spellingOf(p.name);
        if (inFile.has(spelling)) continue;
        inFile.add(spelling);
        let form = forms.get(spelling);
        if (!form) forms.set(spelling, (form = { spelling, written: p.name, key: personKey(spelling), files: [] }));
        form.files.push({ summary, at: p.at });
      }
    }
    const groups = unionForms([...forms.values()]);
    for (const group of groups) {
      if (group.length < 2) continue;
      // The usual form is the one most files write; ties go to the first in path order.
      group.sort((a, b) => b.files.length - a.files.length || cmp(a.files[0]!.summary.file, b.files[0]!.summary.file));
      const usual = group[0]!;
      const firstUsual = usual.files[0]!;
      for (const form of group.slice(1)) {
        for (const seen of form.files) {
          report(
            archiveMessage(
              'person-spelling',
              'warning',
              { file: seen.summary.file, at: seen.at },
              `"${form.written}" is written "${usual.written}" in ${usual.files.length} other verslag${usual.files.length === 1 ? '' : 'en'} (first ${where({ file: firstUsual.summary.file, at: firstUsual.at })}); use one spelling across the archive`,
              [{ file: firstUsual.summary.file, at: firstUsual.at, note: `"${usual.written}"` }],
              form.written,
            ),
          );
        }
      }
    }
  },
};

/** Forms that are one person: the same folded key, or a near miss that passes the guards. */
function unionForms(forms: Form[]): Form[][] {
  const parent = forms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const byKey = new Map<string, number>();
  forms.forEach((f, i) => {
    const j = byKey.get(f.key);
    if (j === undefined) byKey.set(f.key, i);
    else union(i, j);
  });
  // Near misses between distinct keys, found through shared one-deletion neighbours (linear in names).
  const keys = [...byKey.entries()].filter(([k]) => k.length >= NEAR_MISS_MIN_LENGTH);
  const neighbour = new Map<string, number[]>();
  for (const [key, i] of keys) {
    for (const n of deletionNeighbours(key)) {
      const list = neighbour.get(n);
      if (list) list.push(i);
      else neighbour.set(n, [i]);
    }
  }
  const keyFiles = new Map<string, number>();
  for (const f of forms) keyFiles.set(f.key, (keyFiles.get(f.key) ?? 0) + f.files.length);
  const fileCount = (i: number) => keyFiles.get(forms[i]!.key)!;
  for (const list of neighbour.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        if (find(i) === find(j) || together(forms[i]!, forms[j]!)) continue;
        const [ci, cj] = [fileCount(i), fileCount(j)];
        if (Math.max(ci, cj) >= NEAR_MISS_RATIO * Math.min(ci, cj)) union(i, j);
      }
    }
  }
  const groups = new Map<number, Form[]>();
  forms.forEach((f, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.values()];
}

/** Two forms in one verslag are two people (Jansen and Janssen both present). */
function together(a: Form, b: Form): boolean {
  const files = new Set(a.files.map((f) => f.summary));
  return b.files.some((f) => files.has(f.summary));
}
