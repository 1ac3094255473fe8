import type { Contribution } from './contributions.js';

/** Columns of the analyst tables (jsonl, csv), in the order `--fields` may pick from. */
export const FIELDS = ['file', 'line', 'endLine', 'date', 'meeting', 'body', 'item', 'title', 'speaker', 'speakerId', 'geleding', 'role', 'also', 'paragraphs', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** Columns written when `--fields` is not given. */
export const DEFAULT_FIELDS: readonly Field[] = ['file', 'line', 'date', 'meeting', 'item', 'title', 'speaker', 'geleding', 'text'];

export type FieldsResult = { ok: true; fields: Field[] } | { ok: false; error: string };

/** `--fields file,line,text` → the columns, or an error naming the unknown ones. */
export function parseFields(spec: string): FieldsResult {
  const names = spec.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const unknown = names.filter((n) => !(FIELDS as readonly string[]).includes(n));
  if (unknown.length > 0) return { ok: false, error: `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (choose from ${FIELDS.join(', ')})` };
  if (names.length === 0) return { ok: false, error: `--fields names no field (choose from ${FIELDS.join(', ')})` };
  return { ok: true, fields: [...new Set(names)] as Field[] };
}

/** One row as a plain object holding the chosen columns, in order. */
export function pick(row: Contribution, fields: readonly Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = row[f];
  return out;
}
