import { stringify } from 'csv-stringify/sync';
import type { Contribution } from './contributions.js';
import { DEFAULT_FIELDS, type Field, pick } from './fields.js';

export interface CsvOptions {
  fields?: readonly Field[];
  /** Start with a UTF-8 byte order mark, so spreadsheet programs read the file as UTF-8. */
  bom?: boolean;
  /** Write the header row (off when appending rows of a later file to the same table). */
  header?: boolean;
}

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted where they hold a comma, quote,
 * semicolon or line break (semicolons too, for spreadsheets set to a Dutch locale). Lists are joined with "; ".
 */
export function toCsv(rows: Iterable<Contribution>, options: CsvOptions = {}): string {
  const fields = options.fields ?? DEFAULT_FIELDS;
  const records = [...rows].map((row) => Object.values(pick(row, fields)).map(cell));
  return stringify(records, {
    header: options.header ?? true,
    columns: [...fields],
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    quoted_match: /[;\r\n]/,
  });
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
