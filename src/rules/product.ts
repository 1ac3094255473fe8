import type { Product } from '../archive/product.js';
import type { Diagnostic } from '../model/index.js';
import { fingerprint } from '../report/baseline.js';
import { splitLines } from '../source/index.js';
import { validateRecord, type ValidateSettings } from './validate.js';

/** What `verslag validate` needs of each file: its findings, and each finding's baseline fingerprint. */
export interface FileValidation {
  diagnostics: Diagnostic[];
  fingerprints: string[];
}

/**
 * The validate product (see src/archive/product.ts): made on a worker thread or in-process, and
 * cached by content, tool version and these settings. Settings are plain data: `{ rules, lang }`.
 */
export const validateProduct: Product<FileValidation> = {
  id: 'validate@1',
  make(record, config, source) {
    const text = source.text();
    const diagnostics = validateRecord(record, text, config as ValidateSettings);
    const lines = splitLines(text);
    return { diagnostics, fingerprints: diagnostics.map((d) => fingerprint(d, lines)) };
  },
  // Diagnostics name no path (the report pairs them with the file), so nothing to fill in.
  withPath: (value) => value,
};
