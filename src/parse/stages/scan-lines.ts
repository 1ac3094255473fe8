import { isSpace, type Lines, skipSpace } from '../../source/index.js';
import { HEADER_KEYS, type HeaderField } from '../lexicon/structure.js';

/**
 * Stage 1: classify every line on its own (plus the little state that fences and front matter
 * need). One pass, a handful of anchored regexes a line: this is what keeps the parser near the
 * speed of a plain line split, where remark-parse is 20–40× slower and loses items (DESIGN.md).
 */
export type LineKind =
  | 'blank'
  | 'atx-heading' // "## Title"
  | 'setext-underline' // "-----" or "=====" under a line
  | 'bold-heading' // "**API 58**" alone on a line
  | 'numbered' // "5. Vaststellen advies …" / "5a. …": a candidate agenda item
  | 'list' // "- item", "• item", "— item", "1) item"
  | 'table' // "| a | b |"
  | 'quote' // "> text"
  | 'footnote' // "¹ https://…", "[^1]: …"
  | 'page-number' // "12", "- 12 -", "Pagina 3 van 10"
  | 'header-field' // "Aanwezig:\tDe Boer, …"
  | 'front-matter' // inside "---" … "---" at the top
  | 'code' // inside ``` fences, or markup such as XML
  | 'comment' // "<!-- verslag-disable name-variant -->" on a line of its own
  | 'text';

export interface LineInfo {
  kind: LineKind;
  /** 1-based line number. */
  line: number;
  /** The line's text. */
  raw: string;
  /** Index in `raw` where the content starts (after the marker, indentation, `#`, bullet). */
  contentStart: number;
  /** Index in `raw` where the content ends (trailing blanks and closing `#`/`**` removed). */
  contentEnd: number;
  /** ATX/setext level, or list indent. */
  level?: number;
  /** For `numbered`: the printed number ("5", "5a"); for ATX headings that start with a number too. */
  number?: string;
  /** For `numbered`/headings with a number: index where the title starts. */
  titleStart?: number;
  /** For `header-field`: the field and where its value starts. */
  field?: HeaderField;
  key?: string;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const BOLD_LINE = /^\s*\*\*[^*]+\*\*\s*(?::\s*)?$/;
const TABLE = /^\s*\|.*\|\s*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FOOTNOTE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^\w+\]:)\s*\S/;
const PAGE_NUMBER = /^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|[Pp]agina \d{1,4}(?: van \d{1,4})?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;
// A number, a dot or bracket (or a tab in plain numbering "1\tWelkom"), then the title.
const NUMBERED = /^[ \t]{0,3}(\d{1,2}[a-z]?)(?:[.)][ \t]+|\.?\t+)(?=\S)/;
const NUMBER_IN_HEADING = /^(\d{1,2}[a-z]?)(?:[.)]?[ \t]+|\.(?=\S))/;
const LIST = /^([ \t]*)(?:[-*+•▪◦—–](?=[ \t])|\d{1,3}[.)](?=[ \t]))[ \t]*/;
// An HTML comment alone on a line: invisible in rendered Markdown, so it is where a notulist
// writes instructions to the tool (inline suppressions) in .txt and .md alike.
const COMMENT = /^\s*<!--.*-->\s*$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// "Key:" then a tab or spaces then the value (or nothing: the value follows on the next lines).
// Also "**Key:** value", "* Key: value" and "- Aanwezig:".
const HEADER_FIELD = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?([A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff /()-]{0,38}?)[ \t]*:(?:\*\*)?(?:[ \t]+|$)/;

export function scanLines(lines: Lines, markdown: boolean): LineInfo[] {
  const out: LineInfo[] = [];
  const n = lines.lines.length;
  let inFence = false;
  let inFrontMatter = false;
  const looksXml = /^\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:-]*[\s>])/.test(lines.text.slice(0, 200));

  for (let i = 0; i < n; i++) {
    const raw = lines.lines[i]!;
    const line = i + 1;
    const contentEnd = trimEnd(raw);
    // Every pattern below allows only blanks before its marker, so the first non-blank character
    // tells which can match at all: a cheap test that skips the regexes that cannot (most lines
    // are text that starts with a letter). The regexes still decide.
    const first = skipSpace(raw);
    const c = first < raw.length ? raw.charCodeAt(first) : -1;

    if (looksXml) {
      out.push(info(c === -1 ? 'blank' : 'code', line, raw, 0, contentEnd));
      continue;
    }
    if (i === 0 && /^---\s*$/.test(raw)) {
      inFrontMatter = true;
      out.push(info('front-matter', line, raw, 0, contentEnd));
      continue;
    }
    if (inFrontMatter) {
      out.push(info('front-matter', line, raw, 0, contentEnd));
      if (/^(?:---|\.\.\.)\s*$/.test(raw)) inFrontMatter = false;
      continue;
    }
    if ((c === 0x60 /* ` */ || c === 0x7e) /* ~ */ && FENCE.test(raw)) {
      inFence = !inFence;
      out.push(info('code', line, raw, 0, contentEnd));
      continue;
    }
    if (inFence) {
      out.push(info('code', line, raw, 0, contentEnd));
      continue;
    }
    if (c === -1 || (c === 0x3c /* < */ && /^\s*<br\s*\/?>\s*$/i.test(raw))) {
      out.push(info('blank', line, raw, 0, contentEnd));
      continue;
    }
    if (c === 0x3c /* < */ && COMMENT.test(raw)) {
      out.push(info('comment', line, raw, first, contentEnd));
      continue;
    }
    let m: RegExpExecArray | null;
    if (c === 0x23 /* # */ && (m = ATX.exec(raw))) {
      const start = skipBlanks(raw, m[0].length);
      const end = trimClosingHashes(raw, start);
      const heading = info('atx-heading', line, raw, start, end);
      heading.level = m[1]!.length;
      const num = NUMBER_IN_HEADING.exec(raw.slice(start, end));
      if (num) {
        heading.number = num[1]!;
        heading.titleStart = skipBlanks(raw, start + num[0].length);
      }
      out.push(heading);
      continue;
    }
    if (
      (c === 0x3d /* = */ || c === 0x2d) /* - */ &&
      SETEXT.test(raw) &&
      out.length > 0 &&
      out[out.length - 1]!.kind === 'text' &&
      (markdown || /^\s*=+\s*$|^\s*-{3,}\s*$/.test(raw))
    ) {
      const prev = out[out.length - 1]!;
      // The line above becomes the heading; this line only underlines it.
      prev.kind = 'atx-heading';
      prev.level = raw.trim().startsWith('=') ? 1 : 2;
      out.push(info('setext-underline', line, raw, 0, contentEnd));
      continue;
    }
    if (c === 0x7c /* | */ && TABLE.test(raw)) {
      out.push(info('table', line, raw, 0, contentEnd));
      continue;
    }
    if ((c === 0x5b /* [ */ || SUPERSCRIPT_DIGITS.includes(raw[first]!)) && FOOTNOTE.test(raw)) {
      out.push(info('footnote', line, raw, skipBlanks(raw, 0), contentEnd));
      continue;
    }
    const digit = c >= 0x30 && c <= 0x39;
    if ((digit || c === 0x2d /* - */ || c === 0x50 /* P */ || c === 0x70) /* p */ && PAGE_NUMBER.test(raw)) {
      out.push(info('page-number', line, raw, skipBlanks(raw, 0), contentEnd));
      continue;
    }
    if (digit && (m = NUMBERED.exec(raw))) {
      const numbered = info('numbered', line, raw, skipBlanks(raw, 0), contentEnd);
      numbered.number = m[1]!;
      numbered.titleStart = m[0].length;
      out.push(numbered);
      continue;
    }
    if (mayStartHeaderKey(c) && raw.includes(':') && (m = HEADER_FIELD.exec(raw))) {
      const key = m[1]!.trim().toLowerCase();
      const field = HEADER_KEYS[key];
      // "Voorzitter: we gaan verder met punt twee." is a speech label, not a header line.
      if (field && !isSentence(raw.slice(m[0].length))) {
        const header = info('header-field', line, raw, m[0].length, contentEnd);
        header.field = field;
        header.key = key;
        out.push(header);
        continue;
      }
    }
    // A marker with nothing after it ("1. ", "*\t") is no list item: it stays text, so the marker
    // is kept rather than becoming an empty paragraph.
    if ((digit || LIST_MARKS.includes(raw[first]!)) && (m = LIST.exec(raw)) && m[0].length < contentEnd) {
      const item = info('list', line, raw, m[0].length, contentEnd);
      item.level = m[1]!.replace(/\t/g, '    ').length;
      out.push(item);
      continue;
    }
    if (c === 0x3e /* > */ && (m = QUOTE.exec(raw))) {
      out.push(info('quote', line, raw, skipBlanks(raw, m[0].length), contentEnd));
      continue;
    }
    if (c === 0x2a /* * */ && BOLD_LINE.test(raw)) {
      const bold = info('bold-heading', line, raw, raw.indexOf('**') + 2, raw.lastIndexOf('**'));
      bold.level = 4;
      out.push(bold);
      continue;
    }
    out.push(info('text', line, raw, skipBlanks(raw, 0), contentEnd));
  }
  return out;
}

// First characters of the FOOTNOTE and LIST markers (see the regexes above).
const SUPERSCRIPT_DIGITS = '¹²³⁴⁵⁶⁷⁸⁹⁰';
const LIST_MARKS = '-*+•▪◦—–';

function info(kind: LineKind, line: number, raw: string, contentStart: number, contentEnd: number): LineInfo {
  // A marker with only blanks after it ("> ") has empty content, which must not start after it
  // ends: the paragraph built from it would end before it starts (found by the fuzz tests).
  return { kind, line, raw, contentStart: Math.min(contentStart, contentEnd), contentEnd };
}

/** Can HEADER_FIELD match a line whose first non-blank character is `c`? ("-", "*" or a key letter, A–Z, a–z, U+00C0–U+00FF.) */
function mayStartHeaderKey(c: number): boolean {
  return c === 0x2d || c === 0x2a || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xff);
}

function isSentence(value: string): boolean {
  const v = value.trim();
  // A value that ends a sentence of five words or more, without the commas of a list of names.
  return /[.!?]$/.test(v) && v.split(/\s+/).length >= 5 && !/,/.test(v);
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

function trimEnd(s: string): number {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return e;
}

function trimClosingHashes(s: string, start: number): number {
  let e = trimEnd(s);
  let h = e;
  while (h > start && s[h - 1] === '#') h--;
  if (h < e && (h === start || s[h - 1] === ' ' || s[h - 1] === '\t')) e = h;
  while (e > start && isSpace(s.charCodeAt(e - 1))) e--;
  return Math.max(e, start);
}
