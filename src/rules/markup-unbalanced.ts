import { EMPHASIS } from '../parse/inline.js';
import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { paragraphsOf, span } from './support/positions.js';

// EMPHASIS is the parser's own pattern (src/parse/inline.ts): what it strips counts as paired.
const MARKER_RUN = /\*+|_+/g;
const RULE_LINE = /^\s*(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,})$/;
const BULLET = /^\s*[*+-][ \t]+/;
const TOKEN = /\S+/g;
// Tokens that are addresses, where * and _ are part of the address.
const URLISH = /:\/\/|^www\.|@/;

const stray: Text<{ marker: string; line: number; context: string }> = {
  en: (p) => `A stray ${q(p.marker)} on line ${p.line} (${q(p.context)}): emphasis that is opened and never closed; expected a matching ${q(p.marker)} or none`,
  nl: (p) => `Een losse ${q(p.marker)} op regel ${p.line} (${q(p.context)}): nadruk die wordt geopend en niet gesloten; verwacht een bijpassende ${q(p.marker)} of geen`,
};

interface Run {
  marker: string;
  offset: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * A `*` or `_` emphasis mark with no partner. Marks paired on one line are what the parser
 * removes; a pair that spans a hard-wrapped line break within one paragraph is also fine.
 * Bullets, rules, escaped marks, snake_case and URLs are not emphasis.
 */
export default defineRule({
  id: 'markup-unbalanced',
  severity: 'warn',
  description: 'Every * or _ emphasis mark has a partner.',
  why: 'A stray mark shows up as a literal asterisk in the published verslag, or turns the rest of a paragraph italic.',
  check(ctx) {
    for (const { paragraph } of paragraphsOf(ctx.record)) {
      if (paragraph.kind === 'code' || paragraph.kind === 'front-matter') continue;
      const runs: Run[] = [];
      for (let line = paragraph.position.start.line; line <= paragraph.position.end.line; line++) {
        unpaired(ctx.lines.lines[line - 1] ?? '', ctx.lines.starts[line - 1]!, runs);
      }
      // Pair what is left across the paragraph's lines, innermost first.
      const open: Run[] = [];
      const strays: Run[] = [];
      for (const run of runs) {
        const partner = run.canClose ? open.findLastIndex((o) => o.marker === run.marker) : -1;
        if (partner >= 0) {
          // Openers inside the pair that found no partner of their own are strays.
          strays.push(...open.splice(partner).slice(1));
          continue;
        }
        if (run.canOpen) open.push(run);
        else strays.push(run);
      }
      strays.push(...open);
      for (const run of strays.sort((a, b) => a.offset - b.offset)) {
        const position = span(ctx.lines, run.offset, run.offset + run.marker.length);
        const raw = ctx.lines.lines[position.start.line - 1]!;
        const col = position.start.column - 1;
        const context = raw.slice(Math.max(0, col - 20), col + run.marker.length + 20).trim();
        ctx.report({ message: ctx.t(stray, { marker: run.marker, line: position.start.line, context }), position, actual: run.marker });
      }
    }
  },
});

// Which characters of the line the emphasis pairs, bullets and addresses account for. One buffer,
// cleared per line: allocating a typed array per marked line was half of this rule's time.
let scratch = new Uint8Array(256);

/** Marker runs on one line that the line's own emphasis pairs do not account for, added to `out`. */
function unpaired(raw: string, lineOffset: number, out: Run[]): void {
  // Most lines hold no marker at all.
  if (!raw.includes('*') && !raw.includes('_')) return;
  if (RULE_LINE.test(raw)) return;
  if (scratch.length < raw.length) scratch = new Uint8Array(raw.length * 2);
  const used = scratch.fill(0, 0, raw.length);
  const bullet = BULLET.exec(raw);
  if (bullet) used.fill(1, 0, bullet[0].length);
  // Splitting every marked line into tokens was most of this rule's time; few lines hold an address.
  if (raw.includes('@') || raw.includes('://') || raw.includes('www.')) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(raw); m; m = TOKEN.exec(raw)) if (URLISH.test(m[0])) used.fill(1, m.index, m.index + m[0].length);
  }
  EMPHASIS.lastIndex = 0;
  for (let m = EMPHASIS.exec(raw); m; m = EMPHASIS.exec(raw)) {
    if (m[1]!.startsWith('_') && m.index > 0 && /\w/.test(raw[m.index - 1]!)) continue;
    const n = m[1]!.length;
    used.fill(1, m.index, m.index + n);
    used.fill(1, m.index + m[0].length - n, m.index + m[0].length);
  }
  MARKER_RUN.lastIndex = 0;
  for (let m = MARKER_RUN.exec(raw); m; m = MARKER_RUN.exec(raw)) {
    const start = m.index;
    const end = start + m[0].length;
    if (used[start]) continue;
    const before = raw[start - 1] ?? ' ';
    const after = raw[end] ?? ' ';
    if (before === '\\') continue;
    // snake_case and a_b: underscores inside a word are not emphasis.
    if (m[0][0] === '_' && /\w/.test(before) && /\w/.test(after)) continue;
    // " * " between blanks, and "*)" footnote marks, are not emphasis either.
    if (/\s/.test(before) && /\s/.test(after)) continue;
    if (after === ')') continue;
    out.push({ marker: m[0], offset: lineOffset + start, canOpen: !/\s/.test(after), canClose: !/\s/.test(before) });
  }
}
