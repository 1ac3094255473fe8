import type { AgendaItem, Paragraph, SpeakerRef, Verslag } from '../model/index.js';
import { SCHEMA_VERSION } from '../model/version.js';
import { splitLines } from '../source/index.js';
import type { Block } from './block.js';
import type { ParseContext, ParseOptions } from './context.js';
import { attributeSpeakers } from './stages/attribute-speakers.js';
import { classifyDocument } from './stages/classify-document.js';
import { findActions } from './stages/find-actions.js';
import { findAgendaItems } from './stages/find-agenda-items.js';
import { findDecisions } from './stages/find-decisions.js';
import { readHeader } from './stages/read-header.js';
import { readMeetingText } from './stages/read-meeting-text.js';
import { scanLines } from './stages/scan-lines.js';
import { detectLayout, segmentParagraphs } from './stages/segment-paragraphs.js';

export type { ParseOptions } from './context.js';

/**
 * The stages, in order. Each reads what the ones before it wrote into the context.
 * Total: any text gives a record; a stage throws only on a bug of ours.
 * Called through this array on purpose: seven direct calls let V8 inline the stages into
 * parseText, which measured 5 % slower on the seeds and 28 % on generated files.
 */
const STAGES: Array<(ctx: ParseContext) => void> = [
  readHeader,
  findAgendaItems,
  readMeetingText,
  classifyDocument,
  attributeSpeakers,
  findDecisions,
  findActions,
];

/** Parse decoded text. `source` fields that only the bytes can give are filled by the caller. */
export function parseText(text: string, options: ParseOptions = {}): Verslag {
  const lines = splitLines(text);
  const markdown = options.markdown ?? looksLikeMarkdown(text);
  const infos = scanLines(lines, markdown);
  // Set, not spread: an object spread followed by more keys takes V8's slow path (1–3 µs).
  const layout = detectLayout(infos);
  layout.markdown = markdown;
  const ctx: ParseContext = {
    options,
    source: { path: options.path ?? '<text>', lineEnding: lines.lineEnding, format: markdown ? 'markdown' : 'text' },
    lines,
    infos,
    layout,
    blocks: segmentParagraphs(lines, infos, layout),
    meeting: { present: [], absent: [], secretariat: [], positions: {} },
    front: [],
    agenda: [],
    speakers: [],
    kind: 'verslag',
    diagnostics: [],
  };
  for (const stage of STAGES) stage(ctx);
  return toRecord(ctx);
}

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20_000);
  // Every pattern below needs one of these; plain text usually has none, and includes() is native.
  if (!head.includes('#') && !head.includes('|') && !head.includes('---') && !head.includes('===') && !head.includes('**')) return false;
  // Blanks within one line only: \s would let each line start scan ahead over the
  // blank lines after it. Any line that matched before still matches at its own start.
  return /^(?:#{1,6} |---\r?\n|[^\S\n\r\u2028\u2029]*\|.*\|[^\S\n\r\u2028\u2029]*$|-{3,}[^\S\n\r\u2028\u2029]*$|={3,}[^\S\n\r\u2028\u2029]*$)/m.test(head) || /\*\*[^*\n]+\*\*/.test(head);
}

function toRecord(ctx: ParseContext): Verslag {
  const byId = new Map(ctx.speakers.map((s) => [s.id, s]));
  const ref = (id: string): SpeakerRef => {
    const s = byId.get(id)!;
    const r: SpeakerRef = { id, name: s.name, geleding: s.geleding ?? null };
    if (s.role) r.role = s.role;
    return r;
  };
  const paragraph = (b: Block): Paragraph => {
    const who = b.speaker;
    const p: Paragraph = { kind: b.kind, text: b.text, speaker: who ? ref(who.id) : null, position: b.position, segments: b.segments };
    if (who?.also?.length) p.also = who.also.map(ref);
    if (who) p.attribution = who.how;
    if (b.level !== undefined && b.kind === 'heading') p.level = b.level;
    return p;
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: ctx.source.path,
      sha256: ctx.source.sha256 ?? '',
      encoding: ctx.source.encoding ?? 'utf-8',
      lineEnding: ctx.source.lineEnding,
      bytes: ctx.source.bytes ?? 0,
      format: ctx.source.format,
    },
    kind: ctx.kind,
    meeting: ctx.meeting,
    front: ctx.front.map(paragraph),
    agenda: ctx.agenda.map((item) => itemRecord(item, paragraph)),
    speakers: ctx.speakers,
    diagnostics: ctx.diagnostics,
  };
}

/**
 * The item without its blocks, its paragraphs last, every other field in the order the stages
 * set it. A copy loop, not `({ blocks, ...item })`: V8 runs object rest through a runtime call,
 * measured at about 5× the cost of this loop, for every item of every file.
 */
function itemRecord(item: ParseContext['agenda'][number], paragraph: (b: Block) => Paragraph): AgendaItem {
  const out: Record<string, unknown> = {};
  for (const key in item) if (key !== 'blocks') out[key] = item[key as keyof typeof item];
  out.paragraphs = item.blocks.map(paragraph);
  return out as AgendaItem;
}
