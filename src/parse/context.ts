import type { AgendaItem, Diagnostic, Meeting, Source, Speaker } from '../model/index.js';
import type { Lines } from '../source/index.js';
import type { Block } from './block.js';
import type { Roster } from '../model/index.js';
import type { LineInfo } from './stages/scan-lines.js';
import type { Layout } from './stages/segment-paragraphs.js';

export interface ParseOptions {
  /** Path to report in `source.path` and in messages. */
  path?: string;
  /** Read as Markdown (set for `.md` files; otherwise detected from the text). */
  markdown?: boolean;
  /** People with geleding, organisation and dates, from `--roster`. */
  roster?: Roster;
}

/** What the stages share. Each stage reads what earlier stages wrote and adds its own part. */
export interface ParseContext {
  options: ParseOptions;
  source: Omit<Source, 'sha256' | 'bytes' | 'encoding'> & Partial<Source>;
  lines: Lines;
  infos: LineInfo[];
  layout: Layout;
  blocks: Block[];
  meeting: Meeting;
  /** Blocks before the first agenda item. */
  front: Block[];
  agenda: Array<Omit<AgendaItem, 'paragraphs'> & { blocks: Block[] }>;
  speakers: Speaker[];
  kind: 'verslag' | 'not-verslag';
  diagnostics: Diagnostic[];
}

export function diagnostic(ctx: ParseContext, d: Omit<Diagnostic, 'source'> & { source?: string }): void {
  ctx.diagnostics.push({ source: 'verslag:parse', ...d });
}
