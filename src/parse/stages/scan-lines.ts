import type { Lines } from '../../source/index.js';
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

const BLANK = /^\s*$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const BOLD_LINE = /^\s*\*\*[^*]+\*\*\s*:?\s*$/;
const TABLE = /^\s*\|.*\|\s*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FOOTNOTE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^\w+\]:)\s*\S/;
const PAGE_NUMBER = /^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|[Pp]agina \d{1,4}(?: van \d{1,4})?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;
// A number, a dot or bracket (or a tab in plain numbering "1\tWelkom"), then the title.
const NUMBERED = /^[ \t]{0,3}(\d{1,2}[a-z]?)(?:[.)][ \t]+|\.?\t+)(?=\S)/;
const NUMBER_IN_HEADING = /^(\d{1,2}[a-z]?)(?:[.)]?[ \t]+|\.(?=\S))/;
const LIST = /^([ \t]*)(?:[-*+•▪◦—–](?=[ \t])|\d{1,3}[.)](?=[ \t]))[ \t]*/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// "Key:" then a tab or spaces then the value (or nothing: the value follows on the next lines).
// Also "**Key:** value", "* Key: value" and "- Aanwezig:".
const HEADER_FIELD = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /()-]{0,38}?)[ \t]*:(?:\*\*)?(?:[ \t]+|$)/;

export function scanLines(lines: Lines, markdown: boolean): LineInfo[] {
  const out: LineInfo[] = [];
  const n = lines.lines.length;
  let inFence = false;
  let inFrontMatter = false;
  const looksXml = /^\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:-]*[\s>])/.test(lines.text.slice(0, 200));

  for (let i = 0; i < n; i++) {
    const raw = lines.lines[i]!;
    const line = i + 1;
    const base: LineInfo = { kind: 'text', line, raw, contentStart: 0, contentEnd: trimEnd(raw) };

    if (looksXml) {
      out.push({ ...base, kind: BLANK.test(raw) ? 'blank' : 'code' });
      continue;
    }
    if (i === 0 && /^---\s*$/.test(raw)) {
      inFrontMatter = true;
      out.push({ ...base, kind: 'front-matter' });
      continue;
    }
    if (inFrontMatter) {
      out.push({ ...base, kind: 'front-matter' });
      if (/^(?:---|\.\.\.)\s*$/.test(raw)) inFrontMatter = false;
      continue;
    }
    if (FENCE.test(raw)) {
      inFence = !inFence;
      out.push({ ...base, kind: 'code' });
      continue;
    }
    if (inFence) {
      out.push({ ...base, kind: 'code' });
      continue;
    }
    if (BLANK.test(raw) || /^\s*<br\s*\/?>\s*$/i.test(raw)) {
      out.push({ ...base, kind: 'blank' });
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = ATX.exec(raw))) {
      const start = skipBlanks(raw, m[0].length);
      const end = trimClosingHashes(raw, start);
      const info: LineInfo = { ...base, kind: 'atx-heading', level: m[1]!.length, contentStart: start, contentEnd: end };
      const num = NUMBER_IN_HEADING.exec(raw.slice(start, end));
      if (num) {
        info.number = num[1]!;
        info.titleStart = skipBlanks(raw, start + num[0].length);
      }
      out.push(info);
      continue;
    }
    if (SETEXT.test(raw) && out.length > 0 && out[out.length - 1]!.kind === 'text' && (markdown || /^\s*=+\s*$|^\s*-{3,}\s*$/.test(raw))) {
      const prev = out[out.length - 1]!;
      // The line above becomes the heading; this line only underlines it.
      prev.kind = 'atx-heading';
      prev.level = raw.trim().startsWith('=') ? 1 : 2;
      out.push({ ...base, kind: 'setext-underline' });
      continue;
    }
    if (TABLE.test(raw)) {
      out.push({ ...base, kind: 'table' });
      continue;
    }
    if (FOOTNOTE.test(raw)) {
      out.push({ ...base, kind: 'footnote', contentStart: skipBlanks(raw, 0) });
      continue;
    }
    if (PAGE_NUMBER.test(raw)) {
      out.push({ ...base, kind: 'page-number', contentStart: skipBlanks(raw, 0) });
      continue;
    }
    if ((m = NUMBERED.exec(raw))) {
      out.push({ ...base, kind: 'numbered', number: m[1]!, titleStart: m[0].length, contentStart: skipBlanks(raw, 0) });
      continue;
    }
    if ((m = HEADER_FIELD.exec(raw))) {
      const key = m[1]!.trim().toLowerCase();
      const field = HEADER_KEYS[key];
      if (field) {
        out.push({ ...base, kind: 'header-field', field, key, contentStart: m[0].length });
        continue;
      }
    }
    if ((m = LIST.exec(raw))) {
      out.push({ ...base, kind: 'list', level: m[1]!.replace(/\t/g, '    ').length, contentStart: m[0].length });
      continue;
    }
    if ((m = QUOTE.exec(raw))) {
      out.push({ ...base, kind: 'quote', contentStart: skipBlanks(raw, m[0].length) });
      continue;
    }
    if (BOLD_LINE.test(raw)) {
      const start = raw.indexOf('**') + 2;
      const end = raw.lastIndexOf('**');
      out.push({ ...base, kind: 'bold-heading', level: 4, contentStart: start, contentEnd: end });
      continue;
    }
    out.push({ ...base, contentStart: skipBlanks(raw, 0) });
  }
  return out;
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

function trimEnd(s: string): number {
  let e = s.length;
  while (e > 0 && /\s/.test(s[e - 1]!)) e--;
  return e;
}

function trimClosingHashes(s: string, start: number): number {
  let e = trimEnd(s);
  let h = e;
  while (h > start && s[h - 1] === '#') h--;
  if (h < e && (h === start || s[h - 1] === ' ' || s[h - 1] === '\t')) e = h;
  while (e > start && /\s/.test(s[e - 1]!)) e--;
  return Math.max(e, start);
}
