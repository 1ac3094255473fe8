import type { Diagnostic, Verslag } from '../model/index.js';
import type { Product } from './product.js';
import { type ArchiveSummary, summarize } from './summary.js';

/** The whole record: for parse, query and export. */
export const recordProduct: Product<Verslag> = {
  id: 'record@1',
  make: (record) => record,
  withPath(value, path) {
    value.source.path = path;
    return value;
  },
};

/** What archive checking needs of a file: its archive summary and the parser's own messages. */
export interface FileFindings {
  summary: ArchiveSummary;
  diagnostics: Diagnostic[];
}

/** The summary and the parser's messages: for validate runs that have no per-file rules of their own. */
export const summaryProduct: Product<FileFindings> = {
  id: 'summary@1',
  make: (record) => ({ summary: summarize(record), diagnostics: record.diagnostics }),
  withPath(value, path) {
    value.summary.file = path;
    return value;
  },
};
