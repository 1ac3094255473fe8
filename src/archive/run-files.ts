import { availableParallelism } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../api/errors.js';
import { DEFAULT_MAX_BYTES } from '../api/read-input.js';
import type { Roster } from '../model/index.js';
import { ResultCache, sha256 } from './cache.js';
import { currentStamp, type FileStamp, readStamped, sizeOfStamp } from './file-stamp.js';
import { type IndexEntry, StampIndex } from './stamp-index.js';
import { toolFingerprint } from './fingerprint.js';
import { decodeProduct, encodeProduct, loadProduct, type Product, type ProductRef, siblingModule } from './product.js';
import { WorkerPool, type WorkerReply } from './pool.js';
import { readBytes } from './read-bytes.js';

export interface RunFilesOptions {
  /** What to make of each file (see products.ts). */
  product: ProductRef;
  /** Folder that relative paths are read from. */
  cwd: string;
  /** Bytes of standard input, for the file `-`. */
  readStdin?: () => Promise<Uint8Array>;
  roster?: Roster | undefined;
  maxBytes?: number;
  /** Cache folder; no cache when absent. */
  cacheDir?: string | undefined;
  /**
   * How the cache tells a file is unchanged. `metadata` (default): its stamp (size, times, inode)
   * is as recorded, so it is not even read; `content`: it is read and hashed every time.
   */
  cacheStrategy?: CacheStrategy | undefined;
  /** The wall clock in ns, for tests of when a stamp may be recorded (see file-stamp.ts). */
  nowNs?: (() => bigint) | undefined;
  /** The tool's version: part of every cache key. */
  version: string;
  /** Worker threads; 1 parses in this thread. Default: the number of cores. */
  jobs?: number | undefined;
  /** Called after each file, in order, with how many are done. */
  onProgress?: (done: number, total: number) => void;
}

export type FileResult<T> = { file: string; ok: true; value: T } | { file: string; ok: false; error: InputError };

export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

export interface RunSummary {
  cache?: ResultCache['stats'];
  /** Worker threads started: none when every file to parse was parsed in this thread. */
  workers: number;
}

// Few files don't repay starting a worker (~40 ms each); this many per worker do.
const FILES_PER_WORKER = 4;
// Files read ahead of the one being delivered, per worker: enough to keep the workers busy while
// the output waits for the next file in order, few enough that memory does not grow with the archive.
const WINDOW_PER_WORKER = 12;
// Cache writes under way before reading waits for them (each holds a result's text).
const MAX_WRITE_BACKLOG = 64;

/**
 * Read, parse and make the product of each file, handing results to `onResult` in the order of
 * `files` (deterministic output whatever the threads do). Only a bounded window of files is in
 * flight at any time, so memory stays flat however large the archive. With a cache, a file whose
 * content, tool and configuration are unchanged is not parsed again. A file that can't be read
 * is a result with its InputError; the others still run.
 */
export async function runFiles<T>(files: readonly string[], options: RunFilesOptions, onResult: (result: FileResult<T>) => void | Promise<void>): Promise<RunSummary> {
  const product = await loadProduct<T>(options.product);
  const cache = options.cacheDir ? new ResultCache(options.cacheDir, cacheSalt(product, options)) : undefined;
  const index = cache ? StampIndex.load(cache.dir, cache.salt) : undefined;
  if (index?.damaged) cache!.stats.broken++;
  const byMetadata = options.cacheStrategy !== 'content';
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const absOf = (file: string) => (isAbsolute(file) ? file : join(options.cwd, file));
  // Each known file's stamp, taken up front (and used below, not taken twice): the files whose
  // stamp changed are the ones to parse, and their number, not the archive's, decides whether
  // workers repay starting. A warm run with one file edited parsed it on a worker that took half a
  // second to start while this thread waited. A path the index does not know (every file of a cold
  // run) is not stat'ed for nothing.
  const absPaths = files.map((file) => (file === '-' ? file : absOf(file)));
  const stamps = index && byMetadata ? absPaths.map((abs, k) => (files[k] !== '-' && index.has(abs) ? currentStamp(abs) : undefined)) : undefined;
  // The index's entry of each file whose stamp is unchanged: looked up once, here.
  const unchanged = stamps?.map((stamp, k) => unchangedEntry(index!, absPaths[k]!, stamp, max, files[k]!));
  const toParse = unchanged ? unchanged.filter((u) => u === undefined).length : files.length;
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), Math.ceil(toParse / FILES_PER_WORKER)));
  // Started on the first file to parse only: a fully cached run never pays for threads.
  let pool: WorkerPool | undefined;
  // The parser is loaded on the first file to parse in this thread: a fully cached run never loads it.
  let produce: typeof import('./produce.js').produce | undefined;
  const parse = async (bytes: Uint8Array, path: string, markdown: boolean): Promise<string | T> => {
    if (jobs <= 1) {
      produce ??= (await import('./produce.js')).produce;
      return await produce(product, options.product.config, { bytes, path, markdown, roster: options.roster });
    }
    pool ??= new WorkerPool(jobs, siblingModule(import.meta.url, './worker.js'), { product: options.product, roster: options.roster });
    return unwrap(await pool.run(bytes, path, markdown), path);
  };

  /**
   * The product of these bytes: from the cache when their content is known, else parsed (and
   * stored). `remember` hears the product's JSON, for the stamp index.
   */
  const fromContent = async (bytes: Uint8Array, path: string, markdown: boolean, remember?: (contentSha: string, json: string) => void): Promise<T> => {
    if (!cache) {
      const fresh = await parse(bytes, path, markdown);
      return typeof fresh === 'string' ? decodeProduct(product, fresh) : fresh;
    }
    const contentSha = sha256(bytes);
    // Inline products live in the index alone; the others in a content-addressed entry each.
    const key = product.inline ? undefined : cache.key(contentSha, markdown);
    const stored = key === undefined ? index?.byHash(contentSha, markdown) : cache.get(key);
    const hit = parseEntry(product, stored, product.inline);
    if (product.inline) cache.stats[hit === undefined ? 'misses' : 'hits']++;
    if (hit !== undefined) {
      remember?.(contentSha, stored!);
      return hit;
    }
    const fresh = await parse(bytes, path, markdown);
    const json = typeof fresh === 'string' ? fresh : encodeProduct(product, fresh);
    if (key !== undefined) cache.set(key, json);
    remember?.(contentSha, json);
    // Inline products are always decoded from their text, so a fresh value and a cached one are alike.
    return typeof fresh === 'string' || product.inline ? decodeProduct(product, json) : fresh;
  };

  const one = async (file: string, k: number): Promise<FileResult<T>> => {
    const path = file === '-' ? '<stdin>' : file;
    const markdown = isMarkdown(path);
    try {
      if (file === '-') return { file: path, ok: true, value: product.withPath(await fromContent(await (options.readStdin ?? noStdin)(), path, markdown), path) };
      const abs = absPaths[k]!;
      if (!index) return { file: path, ok: true, value: product.withPath(await fromContent(await readBytes(abs, max), path, markdown), path) };

      // Unchanged since it was read (the same stamp): answered without opening the file.
      const known = unchanged?.[k];
      const reused = known && (known.json !== undefined ? parseEntry(product, known.json, true) : parseEntry(product, cache!.get(cache!.key(known.sha256, markdown))));
      if (known && reused !== undefined) {
        cache!.stats.reused++;
        index.set(abs, known);
        return { file: path, ok: true, value: product.withPath(reused, path) };
      }
      // Read with the stamp taken on the same descriptor, so that stamp stands for these bytes.
      const stamped = readStamped(abs, max, options.nowNs);
      const bytes = stamped?.bytes ?? (await readBytes(abs, max));
      const value = await fromContent(bytes, path, markdown, (contentSha, json) =>
        index.set(abs, { stamp: stamped?.stamp, sha256: contentSha, markdown, json: product.inline ? json : undefined }),
      );
      return { file: path, ok: true, value: product.withPath(value, path) };
    } catch (e) {
      if (e instanceof InputError) return { file: path, ok: false, error: e };
      throw e;
    }
  };

  const window = Math.max(2, jobs * WINDOW_PER_WORKER);
  const inFlight: Array<Promise<FileResult<T>>> = [];
  let next = 0;
  let done = 0;
  try {
    while (next < files.length || inFlight.length > 0) {
      while (inFlight.length < window && next < files.length) {
        const started = one(files[next]!, next++);
        started.catch(() => undefined); // awaited in order below; this only stops an early unhandled rejection
        inFlight.push(started);
      }
      const result = await inFlight.shift()!;
      await onResult(result);
      options.onProgress?.(++done, files.length);
      if (cache && cache.backlog > MAX_WRITE_BACKLOG) await cache.flush();
    }
    await cache?.flush();
    // Only a run that saw every file through writes the index: an interrupted one leaves the old.
    index?.save();
  } finally {
    index?.abandon();
    await pool?.close();
  }
  const workers = pool?.started ?? 0;
  return cache ? { cache: cache.stats, workers } : { workers };
}

/**
 * The index's entry when it holds this file with this stamp, so it need not be read. One over
 * --max-size now is read (the limit is not part of the cache key), so that it is refused as before.
 */
function unchangedEntry(index: StampIndex, abs: string, stamp: FileStamp | undefined, max: number, file: string): IndexEntry | undefined {
  return stamp !== undefined && sizeOfStamp(stamp) <= max ? index.unchanged(abs, stamp, isMarkdown(file)) : undefined;
}

function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

/** Everything besides a file's content that its product depends on. */
function cacheSalt(product: Product<unknown>, options: RunFilesOptions): string {
  const config = JSON.stringify({ product: product.id, config: options.product.config ?? null, roster: options.roster ?? null });
  return `${toolFingerprint(options.version)}\u0000${sha256(config)}`;
}

function unwrap<T>(reply: WorkerReply, path: string): string | T {
  if ('json' in reply) return reply.json;
  if ('input' in reply) throw new InputError(path, reply.input.reason, reply.input.code);
  throw new Error(`parsing ${path} failed in a worker: ${reply.crash}`);
}

/** A cached entry's value; a damaged one (cut short, edited) is a miss and gets written again. */
function parseEntry<T>(product: Product<T>, json: string | undefined, fromIndex = false): T | undefined {
  if (json === undefined) return undefined;
  try {
    return decodeProduct(product, json, fromIndex);
  } catch {
    return undefined;
  }
}

async function noStdin(): Promise<Uint8Array> {
  return new Uint8Array();
}
