import type { Verslag } from '../model/index.js';
import { type Lines, splitLines } from '../source/index.js';
import { collect, scopeOf } from './collect.js';
import { type CompiledQuery, compileQuery } from './filters.js';
import { type Locate, makeLocate } from './locate.js';
import type { QueryFilters, QueryHit } from './types.js';

export interface QueryOptions {
  /** Neighbouring paragraphs to attach before and after each paragraph or contribution hit. */
  context?: number;
  /**
   * The decoded text of a record's file, asked for only when a record has a match. With it, match
   * lines and columns are exact; without it they are estimated from the record (exact on a
   * paragraph's first line and for unindented hard-wrapped text). Offsets are exact either way.
   */
  sourceText?: (record: Verslag) => string | undefined;
}

/** Per-record options for queryRecord: the text's lines, built lazily by the caller. */
export interface RecordOptions {
  context?: number;
  lines?: () => Lines | undefined;
}

/**
 * The hits of one record. This is the streaming primitive: the CLI calls it for each record as it
 * is parsed and lets the record go, so memory does not grow with the archive.
 */
export function queryRecord(record: Verslag, query: CompiledQuery, options: RecordOptions = {}): QueryHit[] {
  // Most records of an archive hold no match: say so before building any hit.
  if (query.find && !mentions(record, query.find.test)) return [];
  let locate: Locate | undefined;
  const lazyLocate = () => (locate ??= makeLocate(options.lines?.()));
  return collect(scopeOf(record, query, lazyLocate, options.context ?? 0));
}

/**
 * Filter records into hits: paragraphs, contributions, decisions, actions or speakers, with the
 * matches of the text patterns. An array (or any iterable) gives an array; an async iterable (records
 * parsed as files are read) gives an async iterable of hits, in the same order.
 * Throws QueryError for a filter that can't be used (a bad regular expression or date).
 */
export function query(records: Iterable<Verslag>, filters?: QueryFilters, options?: QueryOptions): QueryHit[];
export function query(records: AsyncIterable<Verslag>, filters?: QueryFilters, options?: QueryOptions): AsyncIterable<QueryHit>;
export function query(records: Iterable<Verslag> | AsyncIterable<Verslag>, filters: QueryFilters = {}, options: QueryOptions = {}): QueryHit[] | AsyncIterable<QueryHit> {
  const compiled = compileQuery(filters);
  const one = (record: Verslag) => queryRecord(record, compiled, recordOptions(record, options));
  if (Symbol.asyncIterator in records) {
    return (async function* () {
      for await (const record of records) yield* one(record);
    })();
  }
  const hits: QueryHit[] = [];
  for (const record of records) hits.push(...one(record));
  return hits;
}

function recordOptions(record: Verslag, options: QueryOptions): RecordOptions {
  const out: RecordOptions = {};
  if (options.context !== undefined) out.context = options.context;
  const sourceText = options.sourceText;
  if (sourceText) {
    out.lines = () => {
      const text = sourceText(record);
      return text === undefined ? undefined : splitLines(text);
    };
  }
  return out;
}

/** Does any text of the record (paragraphs, decisions, actions) match? */
function mentions(record: Verslag, test: (text: string) => boolean): boolean {
  if (record.front.some((p) => test(p.text))) return true;
  return record.agenda.some((i) => i.paragraphs.some((p) => test(p.text)) || i.decisions.some((d) => test(d.text)) || i.actions.some((a) => test(a.text)));
}
