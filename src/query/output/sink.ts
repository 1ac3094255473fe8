import { escapeForTerminal } from '../../report/terminal.js';
import type { QueryHit, QueryKind } from '../types.js';
import type { Tally } from './stats.js';
import type { TextStyle } from './text.js';

export type OutputMode =
  | { mode: 'text'; style?: TextStyle }
  | { mode: 'json' }
  | { mode: 'rows'; format: 'jsonl' | 'csv' | 'markdown' }
  | { mode: 'count' }
  | { mode: 'stats'; byItem: boolean };

/**
 * Where hits go, one record at a time: each record's output is written as soon as the record has
 * been searched, and nothing of it is kept but counts (and, for --stats, one tally per person).
 */
export interface Sink {
  record(path: string, hits: QueryHit[]): void;
  /** After the last record: the summary (json) or the tables (stats). */
  finish(): void;
  readonly hits: number;
}

export async function makeSink(output: OutputMode, kind: QueryKind, write: (s: string) => void): Promise<Sink> {
  // Only the chosen output's module is loaded: a module costs a cached query a millisecond or two.
  const text = output.mode === 'text' ? await import('./text.js') : undefined;
  const json = output.mode === 'json' ? await import('./json.js') : undefined;
  const rows = output.mode === 'rows' ? (await import('./rows.js')).rowWriter(output.format, kind) : undefined;
  const stats = output.mode === 'stats' ? await import('./stats.js') : undefined;
  const totals = { files: 0, filesWithHits: 0, hits: 0, matches: 0 };
  const tally = stats && new stats.Tally();
  const unit = kind === 'paragraph' ? 'paragraphs' : 'contributions';
  let first = true;

  const perRecord = (path: string, hits: QueryHit[]) => {
    // Only the JSON stream counts matches: other outputs never ask where they are (see hit.ts, lazy).
    const matches = output.mode === 'json' ? hits.reduce((n, h) => n + h.matches.length, 0) : 0;
    switch (output.mode) {
      case 'text':
        for (const hit of hits) {
          // A blank line between hits, as between paragraphs.
          write((first ? '' : '\n') + text!.formatTextHit(hit, output.style ?? text!.PLAIN));
          first = false;
        }
        break;
      case 'json':
        write(json!.beginLine(path) + hits.map(json!.matchLine).join('') + json!.endLine(path, { hits: hits.length, matches }));
        break;
      case 'rows':
        for (const hit of hits) write(rows!.row(hit));
        break;
      case 'count':
        write(`${escapeForTerminal(path)}:${hits.length}\n`);
        break;
      case 'stats':
        if (output.byItem) writeByItem(stats!, hits, unit, write, first);
        else for (const hit of hits) tally!.add(hit);
        first = false;
        break;
    }
    totals.filesWithHits++;
    totals.hits += hits.length;
    totals.matches += matches;
  };

  return {
    record(path, hits) {
      totals.files++;
      if (hits.length > 0) perRecord(path, hits);
    },
    finish() {
      if (json) write(json.summaryLine(totals));
      if (stats && tally && output.mode === 'stats' && !output.byItem && !tally.empty) write(stats.formatTally(tally, unit));
    },
    get hits() {
      return totals.hits;
    },
  };
}

/** --stats --by item: one pair of tables per agenda item of this record, written at once. */
function writeByItem(stats: typeof import('./stats.js'), hits: QueryHit[], unit: string, write: (s: string) => void, first: boolean): void {
  const { formatTally, Tally } = stats;
  const byItem = new Map<string, { hit: QueryHit; tally: Tally }>();
  for (const hit of hits) {
    const key = hit.item?.number ?? '';
    const entry = byItem.get(key) ?? { hit, tally: new Tally() };
    entry.tally.add(hit);
    byItem.set(key, entry);
  }
  let out = '';
  for (const { hit, tally } of byItem.values()) {
    const title = hit.item ? `${hit.item.number} ${hit.item.title}` : '(before the first item)';
    out += `${out || !first ? '\n' : ''}${escapeForTerminal(`${hit.path}  ${hit.date ?? '-'}  ${title}`)}\n${formatTally(tally, unit)}`;
  }
  write(out);
}
