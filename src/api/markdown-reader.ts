import type { Verslag } from '../model/index.js';

/**
 * The reader of verslag's own Markdown export (remark, yaml, zod: about a hundred modules) is
 * loaded only when an input may be such an export, so reading plain-text minutes never pays for
 * it at start-up. `parseFile` and the CLI load it when needed; a library caller that hands an
 * export to the synchronous `parseBytes` calls `loadMarkdownReader()` once first.
 */
type Reader = (text: string, options: { path: string }) => Verslag;

let reader: Reader | undefined;

export async function loadMarkdownReader(): Promise<void> {
  reader ??= (await import('../parse/markdown/index.js')).readVerslagMarkdown;
}

export function markdownReader(): Reader | undefined {
  return reader;
}

/** Bytes that may hold front matter (after an optional BOM): only these can be an export. */
export function mayBeExport(bytes: Uint8Array): boolean {
  const at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes[at] === 0x2d && bytes[at + 1] === 0x2d && bytes[at + 2] === 0x2d;
}
