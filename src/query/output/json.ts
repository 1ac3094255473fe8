import type { QueryHit } from '../types.js';

/**
 * The `--json` stream, after ripgrep's: one JSON object per line, `begin` before a file's first hit,
 * one `match` per hit, `end` after its last, and one `summary` at the end. Unlike ripgrep, offsets
 * count UTF-16 code units, not bytes: `submatches[].start/end` in the hit's normalised `text`, and
 * `position` points (1-based line and column, 0-based offset) in the original decoded file.
 */
export interface FileStats {
  hits: number;
  matches: number;
}

export interface SummaryStats extends FileStats {
  files: number;
  filesWithHits: number;
}

export function beginLine(path: string): string {
  return JSON.stringify({ type: 'begin', data: { path: { text: path } } }) + '\n';
}

export function matchLine(hit: QueryHit): string {
  const data = {
    path: { text: hit.path },
    kind: hit.kind,
    line_number: hit.position.start.line,
    date: hit.date,
    item: hit.item,
    speaker: hit.speaker,
    ...(hit.decision ? { decision: hit.decision } : {}),
    ...(hit.action ? { action: hit.action } : {}),
    ...(hit.tally ? { tally: hit.tally } : {}),
    position: hit.position,
    text: { text: hit.text },
    words: hit.words,
    submatches: hit.matches.map((m) => ({ match: { text: m.text }, start: m.start, end: m.end, position: m.position })),
    ...(hit.context ? { context: hit.context } : {}),
  };
  return JSON.stringify({ type: 'match', data }) + '\n';
}

export function endLine(path: string, stats: FileStats): string {
  return JSON.stringify({ type: 'end', data: { path: { text: path }, stats } }) + '\n';
}

export function summaryLine(stats: SummaryStats): string {
  return JSON.stringify({ type: 'summary', data: { stats } }) + '\n';
}
