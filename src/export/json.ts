import type { Verslag } from '../model/index.js';

/** The record as JSON, every field of the contract (schema/verslag.schema.json), with `schemaVersion`. */
export function toJson(record: Verslag): string {
  return JSON.stringify(record, null, 2) + '\n';
}

/** Several records: one object for one record, else an array (as `verslag parse` prints them). */
export function toJsonAll(records: Verslag[]): string {
  return records.length === 1 ? toJson(records[0]!) : JSON.stringify(records, null, 2) + '\n';
}
