import { createHash } from 'node:crypto';
import type { Diagnostic, Verslag } from '../model/index.js';
import { parseText, type ParseOptions } from '../parse/index.js';
import { isVerslagExport } from '../parse/markdown/detect.js';
import { loadMarkdownReader, markdownReader, mayBeExport } from './markdown-reader.js';
import { type Decoded, decode, NotTextError, pointAt, splitLines } from '../source/index.js';
import { InputError } from './errors.js';
import { DEFAULT_MAX_BYTES, readInput } from './read-input.js';

export { DEFAULT_MAX_BYTES, readInput };

export interface ReadOptions extends ParseOptions {
  maxBytes?: number;
}

/** Parse bytes as read from a file or stdin. Throws InputError for bytes that are not text, or no text at all. */
export function parseBytes(bytes: Uint8Array, options: ReadOptions = {}): Verslag {
  return parseBytesWithText(bytes, options).record;
}

/**
 * parseBytes, with the decoded text the record's positions count in: validate's rules read it, and
 * decoding the bytes a second time cost them a tenth of their time.
 */
export function parseBytesWithText(bytes: Uint8Array, options: ReadOptions = {}): { record: Verslag; text: string } {
  const path = options.path ?? '<stdin>';
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (e) {
    if (e instanceof NotTextError) throw new InputError(path, `not a text file: ${e.detail}`, 'not-text');
    throw e;
  }
  // Nothing to parse is most likely the wrong file or a failed export: say so instead of printing
  // an empty record (parseText itself stays total and would return one).
  if (decoded.text.trim() === '') {
    throw new InputError(path, bytes.length === 0 ? 'is empty' : 'has no text: only blank lines and spaces', 'empty');
  }
  const markdown = options.markdown ?? (/\.(?:md|markdown)$/i.test(path) ? true : undefined);
  // A verslag export (Markdown with `verslag: 1` front matter) is read back by its own reader.
  const record = isVerslagExport(decoded.text)
    ? readExport(decoded.text, path)
    : parseText(decoded.text, { ...options, path, ...(markdown !== undefined ? { markdown } : {}) });
  record.source.sha256 = createHash('sha256').update(bytes).digest('hex');
  record.source.encoding = decoded.encoding;
  record.source.bytes = bytes.length;
  if (decoded.invalid.length > 0) record.diagnostics.unshift(...invalidUtf8Diagnostics(decoded));
  if (decoded.fellBack) {
    record.diagnostics.unshift({
      source: 'verslag:source',
      ruleId: 'encoding-fallback',
      severity: 'warning',
      reason: 'The file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure every character is right',
    });
  }
  return { record, text: decoded.text };
}

// Lines named one by one in invalid-UTF-8 warnings; the rest are counted in one more message.
const MAX_INVALID_UTF8_LINES = 20;

/** One warning per line that holds bytes that are not UTF-8 in an otherwise UTF-8 file. */
function invalidUtf8Diagnostics(decoded: Decoded): Diagnostic[] {
  const lines = splitLines(decoded.text);
  const byLine = new Map<number, Decoded['invalid']>();
  for (const run of decoded.invalid) {
    const line = pointAt(lines, run.offset).line;
    const runs = byLine.get(line) ?? [];
    runs.push(run);
    byLine.set(line, runs);
  }
  const out: Diagnostic[] = [];
  for (const [line, runs] of byLine) {
    if (out.length === MAX_INVALID_UTF8_LINES) {
      out.push({
        source: 'verslag:source',
        ruleId: 'invalid-utf8',
        severity: 'warning',
        reason: `${byLine.size - MAX_INVALID_UTF8_LINES} more lines have bytes that are not UTF-8. Save the file as UTF-8 to be sure every character is right`,
      });
      break;
    }
    const first = runs[0]!;
    const last = runs[runs.length - 1]!;
    const hex = runs.map((r) => r.bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')).join(', ');
    out.push({
      source: 'verslag:source',
      ruleId: 'invalid-utf8',
      severity: 'warning',
      reason: `Line ${line} has bytes that are not UTF-8 (${hex}); they were read as Windows-1252: ${runs.map((r) => JSON.stringify(r.text)).join(', ')}. Check the line, and save the file as UTF-8`,
      position: { start: pointAt(lines, first.offset), end: pointAt(lines, last.offset + last.text.length) },
      actual: runs.map((r) => r.text).join(''),
    });
  }
  return out;
}

function readExport(text: string, path: string): Verslag {
  const read = markdownReader();
  if (!read) throw new Error(`${path} is a verslag Markdown export: call loadMarkdownReader() once before parseBytes (parseFile does it for you)`);
  return read(text, { path });
}

/** Read and parse one file. Throws InputError (missing, a directory, unreadable, too large, binary). */
export async function parseFile(path: string, options: ReadOptions = {}): Promise<Verslag> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (mayBeExport(bytes)) await loadMarkdownReader();
  return parseBytes(bytes, { ...options, path });
}
