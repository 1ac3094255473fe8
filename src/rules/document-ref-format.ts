import { q, type Text } from '../i18n/index.js';
import type { Position } from '../model/index.js';
import { DOC_REF } from '../parse/lexicon/structure.js';
import { defineRule } from './define-rule.js';
import { itemLabel } from './support/items.js';
import { span } from './support/positions.js';

// The last parenthesis of a heading line (trailing blanks and emphasis marks cut first):
// "(R/2961)", "(R 2961)", "(R/2960, R/2961)".
const TRAILING_PARENS = /\(([^()]{1,80})\)$/;
// A piece that is meant as a reference: capitals, then (perhaps a separator, then) a digit.
const REF_LIKE = /^[A-Z]{1,5}(?:\s?[/\\.:-]\s?|\s)?\d/;

const malformed: Text<{ ref: string; item: string; line: number }> = {
  en: (p) => `Document reference ${q(p.ref)} in ${p.item} (line ${p.line}) is not well-formed; expected the form ${q('R/2961')}`,
  nl: (p) => `Documentverwijzing ${q(p.ref)} bij ${p.item} (regel ${p.line}) heeft niet de juiste vorm; verwacht de vorm ${q('R/2961')}`,
};
const reused: Text<{ ref: string; item: string; first: string; line: number }> = {
  en: (p) => `Document reference ${q(p.ref)} of ${p.item} is already used by ${p.first} (line ${p.line}); expected each document to be referenced by one item`,
  nl: (p) => `Documentverwijzing ${q(p.ref)} bij ${p.item} wordt al gebruikt bij ${p.first} (regel ${p.line}); verwacht elk document bij één agendapunt`,
};

/** References in agenda titles such as "(R/2961)" are well-formed and each used by one item. */
export default defineRule({
  id: 'document-ref-format',
  severity: 'warn',
  description: 'Document references in agenda titles, such as (R/2961), are well-formed and not reused within a verslag.',
  why: 'The archive links each item to its documents by these numbers; a typo or a copied number links the wrong document.',
  check(ctx) {
    const first = new Map<string, { item: (typeof ctx.record.agenda)[number]; position: Position }>();
    for (const item of ctx.record.agenda) {
      const heading = trimEnd(ctx.text.slice(item.position.start.offset, item.position.end.offset));
      const line = item.position.start.line;
      const m = TRAILING_PARENS.exec(heading);
      if (!m) continue;
      const inner = m[1]!;
      let at = item.position.start.offset + m.index + 1;
      for (const piece of inner.split(/(,|\sen\s)/)) {
        const ref = piece.trim();
        const start = at + (piece.length - piece.trimStart().length);
        at += piece.length;
        if (!ref || /^(?:,|en)$/.test(ref)) continue;
        const position = span(ctx.lines, start, start + ref.length);
        if (!DOC_REF.test(ref)) {
          if (REF_LIKE.test(ref)) ctx.report({ message: ctx.t(malformed, { ref, item: itemLabel(item, ctx.lang), line }), position, actual: ref, expected: ['R/2961'] });
          continue;
        }
        const seen = first.get(ref);
        if (!seen) {
          first.set(ref, { item, position });
          continue;
        }
        ctx.report({
          message: ctx.t(reused, { ref, item: itemLabel(item, ctx.lang), first: itemLabel(seen.item, ctx.lang), line: seen.position.start.line }),
          position,
          actual: ref,
          related: [{ position: seen.position, note: `item ${seen.item.number}` }],
        });
      }
    }
  },
});

/** Without trailing blanks and emphasis marks ("… (R/2961)**"), without a regex that could backtrack. */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s*_]/.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}
