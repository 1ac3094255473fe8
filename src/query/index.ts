// The query layer: filters over records. Re-exports only.
export { query, queryRecord, type QueryOptions, type RecordOptions } from './query.js';
export { compileQuery, type CompiledQuery } from './filters.js';
export { contributions, type Contribution } from './contributions.js';
export { QueryError } from './errors.js';
export * from './types.js';
