// The public library: re-exports only.
export * from './model/index.js';
export { parseText, type ParseOptions } from './parse/index.js';
export { parseBytes, parseFile, readInput, DEFAULT_MAX_BYTES, type ReadOptions } from './api/parse.js';
export { InputError } from './api/errors.js';
export { loadRoster, type RosterResult } from './api/roster.js';
export {
  query,
  queryRecord,
  compileQuery,
  QueryError,
  QUERY_KINDS,
  type QueryFilters,
  type QueryOptions,
  type QueryKind,
  type QueryHit,
  type QueryMatch,
  type HitPart,
  type HitSpeaker,
  type ContextParagraph,
  type CompiledQuery,
  type RecordOptions,
} from './query/index.js';
export { main, type Io } from './cli/main.js';
export {
  summarize,
  checkArchive,
  ARCHIVE_RULES,
  runFiles,
  recordProduct,
  type ArchiveSummary,
  type ArchiveOptions,
  type FileResult,
  type RunFilesOptions,
  type Product,
  type ProductRef,
} from './archive/index.js';
export { comparable, contributions, type Contribution, toCsv, type CsvOptions, toJson, toJsonl, toMarkdown, toYaml, verslagJsonSchema, FIELDS, DEFAULT_FIELDS, type Field } from './export/index.js';
export { isVerslagExport, readVerslagMarkdown } from './parse/markdown/index.js';
export { loadMarkdownReader } from './api/markdown-reader.js';
export { validate, type ValidateOptions } from './rules/api.js';
export { validateRecord, type ValidateSettings } from './rules/validate.js';
export { RULES, RULE_IDS } from './rules/index.js';
