import { type FileValidation, validateProduct } from '../rules/product.js';
import type { Product } from './product.js';
import { type ArchiveSummary, summarize } from './summary.js';

/** validate's per-file findings with the file's archive summary. */
export interface ValidatedFile extends FileValidation {
  summary: ArchiveSummary;
}

/**
 * validate's product with the archive summary added: the per-file rules and the summary are made
 * where the file is parsed (a worker thread), and only they come back and go into the cache, so a
 * warm run reads these small entries and never parses or checks the file again.
 */
export const validateArchiveProduct: Product<ValidatedFile> = {
  id: `${validateProduct.id}+summary@1`,
  make: (record, config, source) => ({ ...validateProduct.make(record, config, source), summary: summarize(record) }),
  withPath(value, path) {
    value.summary.file = path;
    return validateProduct.withPath(value, path) as ValidatedFile;
  },
};
