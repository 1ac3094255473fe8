import type { Contribution } from './contributions.js';
import { DEFAULT_FIELDS, type Field, pick } from './fields.js';

/** JSON Lines: one contribution per line, the chosen columns in order. */
export function toJsonl(rows: Iterable<Contribution>, fields: readonly Field[] = DEFAULT_FIELDS): string {
  let out = '';
  for (const row of rows) out += JSON.stringify(pick(row, fields)) + '\n';
  return out;
}
