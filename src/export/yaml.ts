import { stringify } from 'yaml';
import type { Verslag } from '../model/index.js';

/** The record as YAML: the same fields as the JSON export. */
export function toYaml(record: Verslag): string {
  return stringify(record, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Several records: one document for one record, else a list. */
export function toYamlAll(records: Verslag[]): string {
  return records.length === 1 ? toYaml(records[0]!) : stringify(records, { lineWidth: 0, aliasDuplicateObjects: false });
}
