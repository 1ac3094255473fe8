import type { ParagraphKind } from '../../model/index.js';
import { countSplitOnSpace, type Lines, pointIn, TextBuilder } from '../../source/index.js';
import type { Block } from '../block.js';
import { appendInline } from '../inline.js';
import type { LineInfo } from './scan-lines.js';

/**
 * Stage 2: group classified lines into paragraphs. Joins hard-wrapped lines, joins a paragraph that
 * a page break (blank lines, a page number, a footnote) cut in mid-sentence, undoes end-of-line
 * hyphenation, and tells a plain-text sub-heading from the last line of a paragraph. Every
 * non-blank line ends up in exactly one block.
 */

const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\d“"'‘(]/u;
// Letter, hyphen at line end: "interna-" (a dash after a blank is a dash, not hyphenation).
const HYPHENATED = /\p{L}-$/u;
const LOWER_BEFORE_HYPHEN = /\p{Ll}-$/u;
// Longest plain-text sub-heading, in characters and words.
const HEADING_MAX_CHARS = 90;
const HEADING_MAX_WORDS = 12;

export interface Layout {
  /** Lines are hard-wrapped at about `wrapWidth` characters (text extracted from PDF). */
  wrapped: boolean;
  wrapWidth: number;
  /**
   * Markdown marks its headings with `#` or `**…**`, so a short unpunctuated line there is a
   * sentence ("Zwaan houdt zich hiermee bezig", "Backer: Gemeenten willen …"), not a heading.
   */
  markdown?: boolean;
}

export function detectLayout(infos: LineInfo[]): Layout {
  const lengths: number[] = [];
  let followed = 0;
  let textLines = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.kind !== 'text') continue;
    textLines++;
    lengths.push(info.contentEnd - info.contentStart);
    if (infos[i + 1]?.kind === 'text') followed++;
  }
  if (textLines === 0) return { wrapped: false, wrapWidth: 0 };
  // A typed array sorts numbers natively, without a comparator call per pair.
  const sorted = Uint32Array.from(lengths).sort();
  const wrapWidth = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  // Hard-wrapped text: most text lines run on into another text line and are of similar length.
  const wrapped = followed / textLines >= 0.45 && wrapWidth <= 140 && median >= wrapWidth * 0.6 && textLines >= 4;
  return { wrapped, wrapWidth };
}

type Open = Block & { builder: TextBuilder; lastRaw: string };

export function segmentParagraphs(lines: Lines, infos: LineInfo[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: Open | null = null;
  // A text block closed by a blank line or page furniture, that ended in mid-sentence.
  let pending: Open | null = null;

  const close = () => {
    if (current) {
      finish(current);
      pending = current.open && (current.kind === 'text' || current.kind === 'list') ? current : null;
    }
    current = null;
  };

  const start = (info: LineInfo, kind: ParagraphKind): Open => {
    const builder = new TextBuilder();
    appendInline(builder, info.raw, info.contentStart, info.contentEnd, lines.starts[info.line - 1]!);
    // Every field present from the start, in one order: all blocks then share one shape, and the
    // stages' reads of them stay monomorphic instead of meeting a dozen shapes as fields are added.
    const block: Open = {
      kind,
      text: '',
      segments: [],
      position: {
        start: pointIn(lines, info.line, info.contentStart),
        end: pointIn(lines, info.line, info.contentEnd),
      },
      lines: [info.line],
      level: undefined,
      number: undefined,
      rawTitle: undefined,
      rawTitleOffset: undefined,
      markdownHeading: undefined,
      field: undefined,
      key: undefined,
      value: undefined,
      valueOffset: undefined,
      open: undefined,
      cues: undefined,
      sentences: undefined,
      speaker: undefined,
      builder,
      lastRaw: info.raw.slice(info.contentStart, info.contentEnd),
    };
    blocks.push(block);
    return block;
  };

  const extend = (block: Open, info: LineInfo) => {
    const prev = block.lastRaw;
    const next = info.raw.slice(info.contentStart, info.contentEnd);
    const b = block.builder;
    if (HYPHENATED.test(prev) && /^\p{L}/u.test(next)) {
      // Undo hyphenation only between lower-case letters: "interna-" + "tionaal"; keep "UN-" + "richtlijnen".
      if (LOWER_BEFORE_HYPHEN.test(prev) && STARTS_LOWER.test(next)) dropTrailingHyphen(b);
    } else {
      b.appendSynthetic(' ');
    }
    appendInline(b, info.raw, info.contentStart, info.contentEnd, lines.starts[info.line - 1]!);
    block.position.end = pointIn(lines, info.line, info.contentEnd);
    block.lines.push(info.line);
    block.lastRaw = next;
  };

  const single = (info: LineInfo, kind: ParagraphKind, extra: Partial<Block> = {}) => {
    close();
    const block = start(info, kind);
    Object.assign(block, extra);
    finish(block);
    return block;
  };

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    const prevInfo = infos[i - 1];
    const nextInfo = infos[i + 1];
    switch (info.kind) {
      case 'blank':
        close();
        break;
      case 'front-matter':
      case 'code':
      case 'table': {
        const kind: ParagraphKind = info.kind;
        if (current && current.kind === kind && prevInfo?.kind === info.kind) extendVerbatim(current, info, lines);
        else {
          close();
          current = start(info, kind);
        }
        break;
      }
      case 'setext-underline': {
        // Belongs to the heading just above it.
        const heading = blocks[blocks.length - 1];
        if (heading) {
          heading.position.end = pointIn(lines, info.line, info.contentEnd);
          heading.lines.push(info.line);
        }
        break;
      }
      case 'atx-heading':
      case 'bold-heading': {
        const extra: Partial<Block> = { markdownHeading: true };
        if (info.level !== undefined) extra.level = info.level;
        if (info.number !== undefined && info.titleStart !== undefined) {
          extra.number = info.number;
          extra.rawTitle = info.raw.slice(info.titleStart, info.contentEnd);
          extra.rawTitleOffset = lines.starts[info.line - 1]! + info.titleStart;
        }
        single(info, 'heading', extra);
        pending = null;
        break;
      }
      case 'numbered': {
        const title = info.raw.slice(info.titleStart, info.contentEnd);
        if (isAgendaTitle(title)) {
          single(info, 'heading', {
            number: info.number!,
            rawTitle: title,
            rawTitleOffset: lines.starts[info.line - 1]! + info.titleStart!,
          });
          pending = null;
        } else {
          close();
          current = start(info, 'list');
        }
        break;
      }
      case 'footnote':
      case 'page-number':
      case 'comment': {
        // Page furniture and comments: their own block, and a paragraph they interrupted may go on after them.
        close();
        const keep = pending as Open | null;
        single(info, info.kind);
        pending = keep;
        break;
      }
      case 'header-field': {
        const value = info.raw.slice(info.contentStart, info.contentEnd);
        single(info, 'header', {
          field: info.field!,
          key: info.key!,
          value,
          valueOffset: lines.starts[info.line - 1]! + info.contentStart,
        });
        // Restore the key into the text: the paragraph is the whole line.
        const last = blocks[blocks.length - 1]!;
        const b = new TextBuilder();
        const first = firstNonBlank(info.raw);
        appendInline(b, info.raw, first, info.contentEnd, lines.starts[info.line - 1]!);
        last.text = b.text;
        last.segments = b.segments;
        last.position.start = pointIn(lines, info.line, first);
        pending = null;
        break;
      }
      case 'list':
        close();
        current = start(info, 'list');
        if (info.level !== undefined) current.level = info.level;
        break;
      case 'quote':
        if (current && current.kind === 'quote' && joins(current.lastRaw, info.raw.slice(info.contentStart), layout, false)) {
          extend(current, info);
        } else {
          close();
          current = start(info, 'quote');
        }
        break;
      case 'text': {
        const content = info.raw.slice(info.contentStart, info.contentEnd);
        if (current && (current.kind === 'text' || current.kind === 'list')) {
          if (current.kind === 'list' && !joinsList(current, info, layout)) {
            close();
          } else if (current.kind === 'text' && !joins(current.lastRaw, content, layout, true)) {
            close();
          } else {
            extend(current, info);
            break;
          }
        } else if (current) {
          close();
        }
        const open = pending as Open | null;
        if (open && continuesAfterBreak(open, content, layout)) {
          current = open;
          pending = null;
          extend(current, info);
          break;
        }
        pending = null;
        if (isPlainHeading(info, prevInfo, nextInfo, layout)) {
          single(info, 'heading');
          break;
        }
        current = start(info, 'text');
        break;
      }
    }
  }
  close();
  if (layout.wrapped) for (const b of blocks) if (isWrappedHeading(b)) b.kind = 'heading';
  blocks.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return blocks;
}

function finish(block: Block & { builder?: TextBuilder; lastRaw?: string }): void {
  if (block.builder) {
    block.text = block.builder.text;
    block.segments = block.builder.segments;
  }
  const last = block.lastRaw ?? block.text;
  block.open = (block.kind === 'text' || block.kind === 'list') && !endsSentence(last) && /[\p{L}\d,-]$/u.test(last);
}

function extendVerbatim(block: Block & { builder: TextBuilder; lastRaw: string }, info: LineInfo, lines: Lines): void {
  block.builder.appendSynthetic('\n');
  block.builder.append(info.raw.slice(0, info.contentEnd), lines.starts[info.line - 1]!);
  block.position.end = pointIn(lines, info.line, info.contentEnd);
  block.lines.push(info.line);
  block.lastRaw = info.raw;
}

function dropTrailingHyphen(b: TextBuilder): void {
  // The hyphen is the last character appended; cut it from the text (its segment stays valid).
  b.text = b.text.slice(0, -1);
}

function firstNonBlank(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** Does `next` run on from `prev` in the same paragraph (no blank line between)? */
function joins(prev: string, next: string, layout: Layout, plain: boolean): boolean {
  if (HYPHENATED.test(prev)) return true;
  if (layout.wrapped && plain) {
    // A short line that ends a sentence, followed by a capital, ends a paragraph.
    const ended = endsSentence(prev) && prev.length < layout.wrapWidth * 0.75 && STARTS_UPPER_OR_DIGIT.test(next);
    return !ended;
  }
  return !endsSentence(prev) && STARTS_LOWER.test(next);
}

/** A wrapped line under a list item continues it when indented, or when the item is open. */
function joinsList(block: Block & { lastRaw: string }, info: LineInfo, layout: Layout): boolean {
  const indented = /^[ \t]{2,}/.test(info.raw);
  if (indented) return true;
  const next = info.raw.slice(info.contentStart, info.contentEnd);
  if (HYPHENATED.test(block.lastRaw)) return true;
  return layout.wrapped && !endsSentence(block.lastRaw) && STARTS_LOWER.test(next);
}

/** After a blank line, page number or footnote: does this line continue the open paragraph? */
function continuesAfterBreak(open: Open, next: string, layout: Layout): boolean {
  if (STARTS_LOWER.test(next)) return true;
  // In Markdown a blank line ends a paragraph; only page breaks of text from PDF cut sentences.
  if (open.kind !== 'text' || layout.markdown) return false;
  // "… belangrijk om als" / "Nederland activiteiten …": a sentence cut after a lower-case word at
  // the end of a full line. A short last line is a heading or a fragment, not a cut sentence.
  const prev = open.lastRaw;
  // A line that ends in a link ("… zie https://…#rc_core") is not a sentence cut after a word.
  if (/\b[a-z]+:\/\/\S*$/i.test(prev)) return false;
  const full = layout.wrapped ? prev.length >= layout.wrapWidth * 0.6 : prev.length >= 60;
  return full && /\p{Ll},?$/u.test(prev) && !endsSentence(prev);
}

/**
 * A heading that the PDF wrapped over two lines ("De Praktijk bij de convenanten - het convenant
 * duurzame kleding en textiel" / "(CKT) en de coronacrisis"): short, no sentence in it, and no
 * paragraph went on from it.
 */
function isWrappedHeading(b: Block): boolean {
  if (b.kind !== 'text' || !b.open || b.lines.length > 2) return false;
  if (/[.!?:;]\s/.test(b.text) || !/^[\p{Lu}\d“"'‘]/u.test(b.text)) return false;
  return countSplitOnSpace(b.text) <= 16;
}

/** An agenda title: starts with a capital (or quote, bracket), is not a running sentence. */
function isAgendaTitle(title: string): boolean {
  if (!/^[\p{Lu}\d“"'‘([]/u.test(title)) return false;
  if (title.length > 160) return false;
  return !/[,;]$/.test(title);
}

/**
 * A plain-text sub-heading ("Werknemersgeleding", "Sheet 4 Trends in gezondheid"): a short line
 * with no closing punctuation, that does not continue a sentence and is not continued as one.
 */
function isPlainHeading(info: LineInfo, prev: LineInfo | undefined, next: LineInfo | undefined, layout: Layout): boolean {
  if (layout.markdown) return false;
  const content = info.raw.slice(info.contentStart, info.contentEnd);
  if (content.length < 2 || content.length > HEADING_MAX_CHARS) return false;
  if (/[.,;:!?]$/.test(content) || /[.!?;]\s/.test(content)) return false;
  if (!/^[\p{Lu}\d“"'‘]/u.test(content)) return false;
  if (countSplitOnSpace(content) > HEADING_MAX_WORDS) return false;
  if (prev && prev.kind === 'text' && !endsSentence(prev.raw.slice(prev.contentStart, prev.contentEnd))) return false;
  if (!next || next.kind !== 'text') return true;
  const nextContent = next.raw.slice(next.contentStart, next.contentEnd);
  if (!STARTS_UPPER_OR_DIGIT.test(nextContent)) return false;
  // Followed directly by a capitalised line: only a heading when clearly shorter than a full line.
  return layout.wrapped ? content.length < layout.wrapWidth * 0.7 : content.length < 60;
}

/**
 * A sentence ends here: . ! ? : ; or … possibly followed by closing quotes or brackets. The same
 * as /[.!?:;…][”"’')\]]*$/.test(s), written out because it runs on every line.
 */
function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i]!)) i--;
  return i >= 0 && ENDERS.includes(s[i]!);
}
const CLOSERS = '”"’\')]';
const ENDERS = '.!?:;…';
