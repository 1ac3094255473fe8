import type { Diagnostic } from '../model/index.js';
import { fingerprint } from '../report/baseline.js';
import type { ValidateSettings } from '../rules/validate.js';
import { asciiJson } from './ascii-json.js';
import type { Product } from './product.js';
import { type ArchiveSummary, summarize } from './summary.js';

/** What `verslag validate` needs of each file: its findings, and each finding's baseline fingerprint. */
export interface FileValidation {
  diagnostics: Diagnostic[];
  fingerprints: string[];
}

// The rules, loaded by `prepare`: a run whose files all come from the cache only decodes products,
// and loads neither the rules nor the parser they share code with.
let rules: typeof import('../rules/validate.js') | undefined;

/**
 * The validate product (see product.ts): made on a worker thread or in-process, and
 * cached by content, tool version and these settings. Settings are plain data: `{ rules, lang }`.
 */
export const validateProduct: Product<FileValidation> = {
  id: 'validate@1',
  inline: true,
  async prepare() {
    rules ??= await import('../rules/validate.js');
  },
  make(record, config, source) {
    if (!rules) throw new Error('validate product: make() before prepare()');
    const lines = source.lines();
    const diagnostics = rules.validateRecord(record, source.text(), config as ValidateSettings, lines);
    return { diagnostics, fingerprints: diagnostics.map((d) => fingerprint(d, lines)) };
  },
  // Diagnostics name no path (the report pairs them with the file), so nothing to fill in.
  withPath: (value) => value,
};

/** validate's per-file findings with the file's archive summary. */
export interface ValidatedFile extends FileValidation {
  summary: ArchiveSummary;
}

const FINDINGS_START = '{"diagnostics":[';
const NO_FINDINGS = '{"diagnostics":[],"fingerprints":[]}';
// Only an error's JSON holds this: inside a JSON string, quotes are escaped.
const ERROR_MARK = '"severity":"error"';

// Between the findings and the summary in the product's text. JSON escapes every control
// character inside strings, so this one can only be the separator.
const SEP = '\u001e';

/**
 * validate's product with the archive summary added: the per-file rules and the summary are made
 * where the file is parsed (a worker thread), and only they come back and go into the cache, so a
 * warm run reads these small entries and never parses or checks the file again.
 *
 * Its text is the findings' JSON and the summary's JSON, apart: a warm run whose archive findings
 * are cached (see cli/archive-memo.ts) never needs the summaries, which are most of the bytes, and
 * one that shows errors only never needs a file's warnings, so `decode` parses each part only when
 * it is first read (see mayHaveErrors).
 */
export const validateArchiveProduct: Product<ValidatedFile> = {
  id: `${validateProduct.id}+summary@2`,
  inline: true,
  prepare: validateProduct.prepare!,
  make: (record, config, source) => ({ ...validateProduct.make(record, config, source), summary: summarize(record) }),
  // ASCII, as the stamp index stores it: the summary's text is then the same fresh and cached.
  encode: (value) => asciiJson(`${JSON.stringify({ diagnostics: value.diagnostics, fingerprints: value.fingerprints })}${SEP}${JSON.stringify(value.summary)}`),
  decode(text, shared) {
    const cut = text.indexOf(SEP);
    const findings = text.slice(0, cut);
    // What encode writes, checked before anything is parsed lazily (a parse that failed later
    // could no longer be taken for a cache miss).
    if (cut < 0 || !findings.startsWith(FINDINGS_START) || !findings.endsWith(']}') || !text.endsWith('}')) throw new SyntaxError('not a validate product');
    // A worker's text is copied apart, so that each part can be let go on its own (measured: 20 MB
    // less at the peak of a cold 10 000-file run); the index's stays alive for the run anyway.
    const own = shared ? (t: string) => t : ownCopy;
    return lazyValue(findings === NO_FINDINGS ? undefined : own(findings), own(text.slice(cut + 1)));
  },
  withPath(value, path) {
    const lazy = lazyParts.get(value);
    if (lazy) lazy.file(path);
    else value.summary.file = path;
    return validateProduct.withPath(value, path) as ValidatedFile;
  },
};

interface LazyParts {
  /** The findings' JSON until it is parsed (undefined: none, or parsed). */
  findings: string | undefined;
  mayHaveErrors: boolean;
  /** The summary's JSON until it is parsed. */
  summary: string | undefined;
  file: (path: string) => void;
}

/** What a decoded value keeps of its text, and how to set its path without parsing. */
const lazyParts = new WeakMap<ValidatedFile, LazyParts>();

/**
 * The summary's JSON as the product's text holds it (with the path the value was made for; pair it
 * with the current path). The same for a file answered from the cache as for one just parsed, since
 * run-files decodes both from that text: the archive findings are cached by these texts. Once the
 * summary has been parsed (and its text let go) it is the summary's own JSON: still faithful, only
 * no longer the cached form.
 */
export function summaryTextOf(value: ValidatedFile): string {
  return lazyParts.get(value)?.summary ?? JSON.stringify(value.summary);
}

/** Whether a file's findings may hold an error; false means certainly none, without parsing them. */
export function mayHaveErrors(value: ValidatedFile): boolean {
  const parts = lazyParts.get(value);
  return parts ? parts.mayHaveErrors : value.diagnostics.some((d) => d.severity === 'error');
}

/**
 * A string that holds its own characters: a slice of a longer string keeps all of that string
 * alive, here the product's whole text (and, from the stamp index, the index file) for the run.
 * The text is ASCII (encode's), so a round trip through latin1 bytes is exact.
 */
function ownCopy(ascii: string): string {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}

/** A ValidatedFile whose findings and summary are parsed from their JSON when first read. */
function lazyValue(findingsJson: string | undefined, summaryJson: string): ValidatedFile {
  let findings: FileValidation | undefined = findingsJson === undefined ? { diagnostics: [], fingerprints: [] } : undefined;
  let summary: ArchiveSummary | undefined;
  let file: string | undefined;
  const parts: LazyParts = {
    findings: findingsJson,
    mayHaveErrors: findingsJson?.includes(ERROR_MARK) ?? false,
    summary: summaryJson,
    file: (path) => {
      file = path;
      if (summary) summary.file = path;
    },
  };
  const readFindings = (): FileValidation => {
    if (!findings) {
      findings = JSON.parse(parts.findings!) as FileValidation;
      parts.findings = undefined;
    }
    return findings;
  };
  const value: ValidatedFile = {
    get diagnostics(): Diagnostic[] {
      return readFindings().diagnostics;
    },
    set diagnostics(next: Diagnostic[]) {
      readFindings().diagnostics = next;
    },
    get fingerprints(): string[] {
      return readFindings().fingerprints;
    },
    set fingerprints(next: string[]) {
      readFindings().fingerprints = next;
    },
    get summary(): ArchiveSummary {
      if (!summary) {
        summary = JSON.parse(parts.summary!) as ArchiveSummary;
        // Let the text go: with every summary parsed for the rules across files, text and objects
        // both alive were the peak of a cold run's memory.
        parts.summary = undefined;
        if (file !== undefined) summary.file = file;
      }
      return summary;
    },
    set summary(next: ArchiveSummary) {
      summary = next;
      parts.summary = undefined;
    },
  };
  lazyParts.set(value, parts);
  return value;
}
