import { createRequire } from 'node:module';
import type { QueryHit, QueryKind } from '../types.js';

// csv-stringify is required on the first CSV row (it has a CommonJS build): other outputs don't pay
// for loading it at start-up.
const requireCjs = createRequire(import.meta.url);
let stringify: typeof import('csv-stringify/sync').stringify | undefined;

/**
 * A hit as one flat row (`--format jsonl|csv|markdown`); the columns depend only on the kind. Names
 * shared with the export's tables (src/export/fields.ts) mean the same, and CSV is written the same
 * way (CRLF, quoting where a spreadsheet in a Dutch locale would split a cell).
 */
export type Row = Record<string, string | number | boolean | null>;

const COMMON = ['file', 'line', 'date', 'item', 'title', 'kind', 'speaker', 'geleding', 'words', 'matches'] as const;
const EXTRA: Record<QueryKind, readonly string[]> = {
  paragraph: [],
  contribution: [],
  decision: ['subject', 'outcome', 'unanimous', 'amended'],
  action: ['who'],
  speaker: ['contributions', 'paragraphs'],
};

export function columnsOf(kind: QueryKind): string[] {
  return [...COMMON, ...EXTRA[kind], 'text'];
}

export function hitRow(hit: QueryHit): Row {
  const row: Row = {
    file: hit.path,
    line: hit.position.start.line,
    date: hit.date,
    item: hit.item?.number ?? null,
    title: hit.item?.title ?? null,
    kind: hit.kind,
    speaker: hit.speaker?.name ?? null,
    geleding: hit.speaker?.geleding ?? null,
    words: hit.words,
    matches: hit.matches.length,
  };
  if (hit.decision) Object.assign(row, { subject: hit.decision.subject, outcome: hit.decision.outcome, unanimous: hit.decision.unanimous, amended: hit.decision.amended });
  if (hit.action) row.who = hit.action.who;
  if (hit.tally) Object.assign(row, { contributions: hit.tally.contributions, paragraphs: hit.tally.paragraphs });
  row.text = hit.text;
  return row;
}

/** Writes rows as they come; the header (CSV, Markdown) goes out with the first row. */
export interface RowWriter {
  row(hit: QueryHit): string;
}

export function rowWriter(format: 'jsonl' | 'csv' | 'markdown', kind: QueryKind): RowWriter {
  const columns = columnsOf(kind);
  let first = true;
  const once = (head: string) => {
    const out = first ? head : '';
    first = false;
    return out;
  };
  switch (format) {
    case 'jsonl':
      return { row: (hit) => JSON.stringify(hitRow(hit)) + '\n' };
    case 'csv':
      return {
        row: (hit) => {
          const row = hitRow(hit);
          return once(csv([columns])) + csv([columns.map((c) => row[c] ?? '')]);
        },
      };
    case 'markdown':
      return {
        row: (hit) => {
          const row = hitRow(hit);
          const head = `| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |\n`;
          return once(head) + `| ${columns.map((c) => markdownCell(row[c] ?? null)).join(' | ')} |\n`;
        },
      };
  }
}

function csv(records: unknown[][]): string {
  stringify ??= (requireCjs('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;
  return stringify(records, { record_delimiter: 'windows', quoted_match: /[;\r\n]/ });
}

/** A table cell: pipes escaped, line breaks as <br> so one hit stays one table row. */
function markdownCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
