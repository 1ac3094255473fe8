import { loadMarkdownReader, mayBeExport } from '../api/markdown-reader.js';
import { parseBytesWithText } from '../api/parse.js';
import type { Roster } from '../model/index.js';
import { type Lines, splitLines } from '../source/index.js';
import type { Product } from './product.js';

// Apart from product.ts: this is what loads the parser, and a run answered from the cache never
// imports it (run-files.ts imports it on the first file it parses in-process; workers always do).

export interface ProduceInput {
  bytes: Uint8Array;
  path: string;
  markdown: boolean;
  roster?: Roster | undefined;
}

/** Parse one file and make the product: the same on a worker thread and in-process. */
export async function produce<T>(product: Product<T>, config: unknown, input: ProduceInput): Promise<T> {
  if (mayBeExport(input.bytes)) await loadMarkdownReader();
  await product.prepare?.();
  const { record, text } = parseBytesWithText(input.bytes, { path: input.path, markdown: input.markdown, ...(input.roster ? { roster: input.roster } : {}) });
  let lines: Lines | undefined;
  return product.make(record, config, { text: () => text, lines: () => (lines ??= splitLines(text)) });
}
