// The public library: re-exports only.
export * from './model/index.js';
export { parseText, type ParseOptions } from './parse/index.js';
export { parseBytes, parseFile, readInput, DEFAULT_MAX_BYTES, type ReadOptions } from './api/parse.js';
export { InputError } from './api/errors.js';
export { loadRoster, type RosterResult } from './api/roster.js';
export { main, type Io } from './cli/main.js';
