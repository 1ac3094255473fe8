import { contributions as contributionRows, type Contribution as ContributionRow } from '../export/contributions.js';
import type { AgendaItem, Paragraph, ParagraphKind, Verslag } from '../model/index.js';

/**
 * A contribution as the export defines it (consecutive paragraphs of one speaker, or of narration,
 * within one item: src/export/contributions.ts), with its paragraphs, which a query needs to map
 * matches back to the file and to show neighbouring paragraphs.
 */
export interface Contribution {
  row: ContributionRow;
  /** `null` for the front matter before the first item. */
  item: AgendaItem | null;
  paragraphs: Paragraph[];
  /** Index of each paragraph in its item's (or the front's) paragraph list. */
  indices: number[];
}

/** The kinds the export puts in a contribution (its SPOKEN set); the count is checked below. */
const SPOKEN: ReadonlySet<ParagraphKind> = new Set(['text', 'list', 'quote']);

/**
 * The export's contribution rows with their paragraphs found again: the spoken paragraphs of the
 * row's item that lie within the row's span. One grouping rule for `export` and `query`.
 */
export function contributions(record: Verslag): Contribution[] {
  const items = new Map(record.agenda.map((i) => [i.number, i]));
  return contributionRows(record).map((row) => {
    const item = row.item === null ? null : (items.get(row.item) ?? null);
    const all = item ? item.paragraphs : record.front;
    const paragraphs: Paragraph[] = [];
    const indices: number[] = [];
    all.forEach((p, index) => {
      if (!SPOKEN.has(p.kind)) return;
      if (p.position.start.offset < row.position.start.offset || p.position.end.offset > row.position.end.offset) return;
      paragraphs.push(p);
      indices.push(index);
    });
    if (paragraphs.length !== row.paragraphs) {
      throw new Error(`internal: contribution at line ${row.line} has ${row.paragraphs} paragraphs, found ${paragraphs.length}`);
    }
    return { row, item, paragraphs, indices };
  });
}
