import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from './errors.js';

// Apart from parse.ts, so that the file runner reads files without loading the parser (a run
// answered from the cache never parses).

/** Files larger than this are refused unless the caller raises the limit (`--max-size`). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * The bytes of a file (or a pipe), at most `maxBytes` of them. Throws InputError naming the file
 * and what is wrong: missing, a directory or device, unreadable, too large.
 */
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
