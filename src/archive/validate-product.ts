import type { Diagnostic } from '../model/index.js';
import { fingerprint } from '../report/baseline.js';
import { validateRecord, type ValidateSettings } from '../rules/validate.js';
import { splitLines } from '../source/index.js';
import type { Product } from './product.js';
import { type ArchiveSummary, summarize } from './summary.js';

/** What `verslag validate` needs of each file: its findings, and each finding's baseline fingerprint. */
export interface FileValidation {
  diagnostics: Diagnostic[];
  fingerprints: string[];
}

/**
 * The validate product (see product.ts): made on a worker thread or in-process, and
 * cached by content, tool version and these settings. Settings are plain data: `{ rules, lang }`.
 */
export const validateProduct: Product<FileValidation> = {
  id: 'validate@1',
  inline: true,
  make(record, config, source) {
    const text = source.text();
    const diagnostics = validateRecord(record, text, config as ValidateSettings);
    const lines = splitLines(text);
    return { diagnostics, fingerprints: diagnostics.map((d) => fingerprint(d, lines)) };
  },
  // Diagnostics name no path (the report pairs them with the file), so nothing to fill in.
  withPath: (value) => value,
};

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
  inline: true,
  make: (record, config, source) => ({ ...validateProduct.make(record, config, source), summary: summarize(record) }),
  withPath(value, path) {
    value.summary.file = path;
    return validateProduct.withPath(value, path) as ValidatedFile;
  },
};
