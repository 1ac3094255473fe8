import type { Verslag } from '../model/index.js';
export { siblingModule } from './module-url.js';
import type { Lines } from '../source/index.js';

/**
 * What a command needs from each file, computed from its record: the whole record (parse, query,
 * export), or something much smaller (validate: the file's messages and its archive summary).
 * Products are what workers return and what the cache stores, so the compact ones keep both the
 * messages between threads and a warm run small.
 */
export interface Product<T> {
  /** Part of the cache key; bump the suffix when the shape of the value changes. */
  id: string;
  /**
   * Small enough to keep in the cache's stamp index (a few kB per file), so a warm run reads one
   * index file instead of an entry per file. Whole records are not: they stay one entry each.
   */
  inline?: boolean;
  /**
   * Loads what `make` needs, before the first file is parsed (see produce.ts), so that a run that
   * only decodes cached products never loads it: validate's rules, for one.
   */
  prepare?(): Promise<void>;
  make(record: Verslag, config: unknown, source: SourceText): T;
  /** The value as text, between threads and in the cache: JSON unless the product says otherwise; never a tab or line break. */
  encode?(value: T): string;
  /**
   * The value of `encode`'s text. It may put off work until a part is read; it throws on text it
   * did not write. `shared`: the text is a slice of a larger string that stays alive anyway (the
   * stamp index), so copying parts of it to free the rest would gain nothing.
   */
  decode?(text: string, shared?: boolean): T;
  /**
   * The value for the same content at another path: the cache shares one entry between identical
   * files, so anything path-dependent is filled in here.
   */
  withPath(value: T, path: string): T;
}

/** The decoded text of the file (the one the parser read), and its lines, split once when first asked. */
export interface SourceText {
  text(): string;
  lines(): Lines;
}

/**
 * Where a worker finds a product: a module URL and the name it is exported under, with its
 * configuration (plain data: it crosses to the worker threads and into the cache key).
 */
export interface ProductRef {
  module: string;
  name: string;
  config?: unknown;
}

export function encodeProduct<T>(product: Product<T>, value: T): string {
  return product.encode ? product.encode(value) : JSON.stringify(value);
}

export function decodeProduct<T>(product: Product<T>, text: string, shared = false): T {
  return product.decode ? product.decode(text, shared) : (JSON.parse(text) as T);
}

export async function loadProduct<T>(ref: ProductRef): Promise<Product<T>> {
  const mod = (await import(ref.module)) as Record<string, unknown>;
  const product = mod[ref.name] as Product<T> | undefined;
  if (!product || typeof product.make !== 'function') throw new Error(`${ref.module} exports no product ${ref.name}`);
  return product;
}
