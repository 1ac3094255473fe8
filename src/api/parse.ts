import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Verslag } from '../model/index.js';
import { parseText, type ParseOptions } from '../parse/index.js';
import { decode, NotTextError } from '../source/index.js';
import { InputError } from './errors.js';

/** Files larger than this are refused unless the caller raises the limit (`--max-size`). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface ReadOptions extends ParseOptions {
  maxBytes?: number;
}

/** Parse bytes as read from a file or stdin. Throws InputError for bytes that are not text. */
export function parseBytes(bytes: Uint8Array, options: ReadOptions = {}): Verslag {
  const path = options.path ?? '<stdin>';
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (e) {
    if (e instanceof NotTextError) throw new InputError(path, `not a text file: ${e.detail}`, 'not-text');
    throw e;
  }
  const markdown = options.markdown ?? (/\.(?:md|markdown)$/i.test(path) ? true : undefined);
  const record = parseText(decoded.text, { ...options, path, ...(markdown !== undefined ? { markdown } : {}) });
  record.source.sha256 = createHash('sha256').update(bytes).digest('hex');
  record.source.encoding = decoded.encoding;
  record.source.bytes = bytes.length;
  if (decoded.fellBack) {
    record.diagnostics.unshift({
      source: 'verslag:source',
      ruleId: 'encoding-fallback',
      severity: 'warning',
      reason: 'The file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure every character is right',
    });
  }
  return record;
}

/** Read and parse one file. Throws InputError (missing, a directory, unreadable, too large, binary). */
export async function parseFile(path: string, options: ReadOptions = {}): Promise<Verslag> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
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
  if (info.size > maxBytes) {
    throw new InputError(path, `is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-size)`, 'too-large');
  }
  try {
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) throw new InputError(path, `is over the limit of ${formatBytes(maxBytes)}`, 'too-large');
    return bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fsError(path, e);
  }
}

function fsError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? 'io';
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code})`;
  return new InputError(path, reason, code);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`;
}
