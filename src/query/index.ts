// The query layer: filters over records. Re-exports only.
export { query, queryRecord, type QueryOptions, type RecordOptions } from './query.js';
export { compileQuery, type CompiledQuery } from './filters.js';
export { speakerRuns, type Run } from '../records/runs.js';
export { QueryError } from './errors.js';
export * from './types.js';
