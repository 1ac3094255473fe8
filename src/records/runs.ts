import type { AgendaItem, Paragraph, ParagraphKind, Verslag } from '../model/index.js';

/**
 * Consecutive paragraphs of one speaker (or of narration) within one item: the unit an analyst
 * counts. Query searches these runs directly; the export builds its contribution rows from them.
 * Building no text here keeps a search of a cached archive cheap.
 */
export interface Run {
  /** `null` for the front matter before the first item. */
  item: AgendaItem | null;
  paragraphs: Paragraph[];
  /** Index of each paragraph in its item's (or the front's) paragraph list. */
  indices: number[];
}

/** Kinds that hold reported words, and kinds that end a run (header lines, tables, page numbers are not speech). */
const SPOKEN: ReadonlySet<ParagraphKind> = new Set(['text', 'list', 'quote']);
const BOUNDARY: ReadonlySet<ParagraphKind> = new Set(['heading', 'title']);

export function speakerRuns(record: Verslag): Run[] {
  const out: Run[] = [];
  const runs = (item: AgendaItem | null, paragraphs: Paragraph[]) => {
    let run: Run | null = null;
    paragraphs.forEach((p, index) => {
      if (BOUNDARY.has(p.kind)) run = null;
      if (!SPOKEN.has(p.kind)) return;
      if (run && run.paragraphs[0]!.speaker?.id !== p.speaker?.id) run = null;
      if (!run) {
        run = { item, paragraphs: [], indices: [] };
        out.push(run);
      }
      run.paragraphs.push(p);
      run.indices.push(index);
    });
  };
  runs(null, record.front);
  for (const item of record.agenda) runs(item, item.paragraphs);
  return out;
}
