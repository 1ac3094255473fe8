import type { Config } from '../config/schema.js';
import type { Lang } from '../i18n/index.js';
import type { Diagnostic, Verslag } from '../model/index.js';
import { parseText, type ParseOptions } from '../parse/index.js';
import { validateRecord } from './validate.js';

export interface ValidateOptions extends ParseOptions {
  /** Rule levels and options, as in `.verslagrc.yaml`'s `rules:` (already checked: see loadConfig). */
  rules?: Config['rules'];
  /** Language of the messages; English by default. */
  lang?: Lang;
}

/**
 * The library entry: validate decoded text as `verslag validate` does, and return the record with
 * the findings (sorted by position). For bytes from a file, use parseBytes and validateRecord.
 */
export function validate(text: string, options: ValidateOptions = {}): { record: Verslag; diagnostics: Diagnostic[] } {
  const { rules, lang, ...parse } = options;
  const record = parseText(text, parse);
  const diagnostics = validateRecord(record, text, { ...(rules ? { rules } : {}), ...(lang ? { lang } : {}) });
  return { record, diagnostics };
}
