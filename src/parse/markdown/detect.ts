import { MARKER_KEY } from './format.js';

// The front matter is at the top; looking at its first few kilobytes is enough to know.
const FRONT_MATTER_SCAN = 64 * 1024;
const MARKER_LINE = new RegExp(`^${MARKER_KEY}:[ \\t]*\\d+[ \\t]*\\r?$`, 'm');

/**
 * Is this text a verslag export: YAML front matter (`---` on the first line) holding `verslag: <n>`
 * at the top level? Only such files go to the Markdown reader; other Markdown goes to the parser.
 */
export function isVerslagExport(text: string): boolean {
  if (!/^---[ \t]*\r?\n/.test(text)) return false;
  const head = text.slice(0, FRONT_MATTER_SCAN);
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(head.slice(3));
  if (!close) return false;
  return MARKER_LINE.test(head.slice(0, 3 + close.index));
}
