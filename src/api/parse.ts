import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic, Verslag } from '../model/index.js';
import { parseText, type ParseOptions } from '../parse/index.js';
import { isVerslagExport } from '../parse/markdown/detect.js';
import { loadMarkdownReader, markdownReader, mayBeExport } from './markdown-reader.js';
import { type Decoded, decode, NotTextError, pointAt, splitLines } from '../source/index.js';
import { InputError } from './errors.js';

/** Files larger than this are refused unless the caller raises the limit (`--max-size`). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

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

export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw fsError(path, e);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file (give the folder to a command that takes folders, or name a file)', 'directory');
  // A pipe (`<(…)`) is read as a stream, with the same limit; a device such as /dev/zero or a
  // socket could be endless or block, so it is refused.
  if (info.isFIFO()) return readStream(path, maxBytes);
  if (!info.isFile()) throw new InputError(path, 'is not a regular file (a device or socket); name a file, or use - for standard input', 'not-a-file');
  if (info.size > maxBytes) {
    throw new InputError(path, `is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-size)`, 'too-large');
  }
  try {
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) throw new InputError(path, `is over the limit of ${formatBytes(maxBytes)} (raise it with --max-size)`, 'too-large');
    return bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    // It was there a moment ago (stat found it): say what happened, not only "no such file".
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(path, 'was removed while it was being read', 'ENOENT');
    throw fsError(path, e);
  }
}

function readStream(path: string, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = createReadStream(path);
    stream.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(new InputError(path, `is over the limit of ${formatBytes(maxBytes)} (raise it with --max-size)`, 'too-large'));
      } else chunks.push(chunk as Buffer);
    });
    stream.on('error', (e) => reject(fsError(path, e)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function fsError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? 'io';
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code})`;
  return new InputError(path, reason, code);
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`;
}
