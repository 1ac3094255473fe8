// The archive layer: per-file summaries, rules across files, the result cache and parallel runs.
export { summarize, type ArchiveSummary, type At, type EarlierVerslag, type PersonSeen, type RefSeen } from './summary.js';
export { readEarlierVerslag } from './earlier-verslag.js';
export { checkArchive, ARCHIVE_RULES, type ArchiveOptions, type ArchiveRule } from './rules/index.js';
export { runFiles, type FileResult, type RunFilesOptions, type RunSummary } from './run-files.js';
export { recordProduct } from './products.js';
export { siblingModule, type Product, type ProductRef } from './product.js';
export { ResultCache } from './cache.js';
export { validateArchiveProduct, type ValidatedFile } from './validate-product.js';
