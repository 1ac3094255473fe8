import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { paragraphsOf, span, spanInParagraph } from './support/positions.js';

type Kind = 'markup' | 'control' | 'replacement' | 'page-number' | 'hyphenation';

// "490 ^{ste}", "13^e": superscript markup from a PDF or LaTeX conversion.
const SUPERSCRIPT = /\^\{[^{}\n]{0,20}\}|\^\p{L}{1,4}(?!\p{L})/gu;
// C0 controls other than tab, LF, CR and form feed; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\v\u000e-\u001f\u007f-\u009f]/g;
const REPLACEMENT = /\uFFFD/g;
// Words after "werk-" that make it a Dutch shortened compound ("werk- en privéleven"), not a cut word.
// Paragraphs of page furniture looked past for the rest of a cut word.
const MAX_FURNITURE = 4;
const CONJUNCTION = /^(?:en|of|tot|noch|als|dan)(?!\p{L})/u;

const WHAT: Record<Kind, { en: string; nl: string; fix: { en: string; nl: string } }> = {
  markup: { en: 'superscript markup', nl: 'superschrift-opmaak', fix: { en: 'the plain text (490e)', nl: 'gewone tekst (490e)' } },
  control: { en: 'a control character', nl: 'een stuurteken', fix: { en: 'no such character', nl: 'geen stuurteken' } },
  replacement: { en: 'the replacement character �, where the original character was lost', nl: 'het vervangingsteken �, waar het oorspronkelijke teken verloren ging', fix: { en: 'the original character', nl: 'het oorspronkelijke teken' } },
  'page-number': { en: 'a page number left over from a PDF', nl: 'een paginanummer uit een PDF', fix: { en: 'the line removed', nl: 'de regel verwijderd' } },
  hyphenation: { en: 'a word cut by hyphenation across a break', nl: 'een woord dat bij een afbreking is gesplitst', fix: { en: 'the word joined', nl: 'het woord aaneen' } },
};

const found: Text<{ kind: Kind; actual: string; line: number }> = {
  en: (p) => `Line ${p.line} has ${WHAT[p.kind].en}: ${q(p.actual)}; expected ${WHAT[p.kind].fix.en}`,
  nl: (p) => `Regel ${p.line} bevat ${WHAT[p.kind].nl}: ${q(p.actual)}; verwacht ${WHAT[p.kind].fix.nl}`,
};

/**
 * Left-overs of converting a PDF or Word file: superscript markup (`^{ste}`), control characters,
 * U+FFFD, page numbers on their own line, and a word hyphenated across a page break that the
 * parser could not join.
 */
export default defineRule({
  id: 'text-artefact',
  severity: 'warn',
  description: 'No left-overs of a PDF or Word conversion: superscript markup, control characters, U+FFFD, page numbers, cut words.',
  why: 'They end up in the published verslag and in search results; each is a small edit once it is found.',
  options: {
    defaults: { pageNumbers: true },
    schema: (z) =>
      z.strictObject({
        /** Page numbers on their own line; turn off for drafts that keep the PDF's page breaks on purpose. */
        pageNumbers: z.boolean(),
      }),
  },
  check(ctx) {
    const { lines } = ctx;
    const at = (kind: Kind, start: number, end: number, actual: string) => {
      const position = span(lines, start, end);
      ctx.report({ message: ctx.t(found, { kind, actual, line: position.start.line }), position, actual });
    };
    const raw = ctx.text;
    for (const [re, kind, mark] of [[SUPERSCRIPT, 'markup', '^'], [CONTROL, 'control', undefined], [REPLACEMENT, 'replacement', '\uFFFD']] as const) {
      // A character every match holds: most texts have none, and a search for it is far cheaper.
      if (mark !== undefined && !raw.includes(mark)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        const shown = kind === 'control' ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : m[0];
        at(kind, m.index, m.index + m[0].length, shown);
      }
    }
    const all = paragraphsOf(ctx.record);
    all.forEach(({ paragraph }, i) => {
      if (paragraph.kind === 'page-number') {
        if (ctx.options.pageNumbers) at('page-number', paragraph.position.start.offset, paragraph.position.end.offset, paragraph.text.trim());
        return;
      }
      // A cut line may have been taken for a heading: short, no full stop.
      if (paragraph.kind !== 'text' && paragraph.kind !== 'list' && paragraph.kind !== 'heading') return;
      const cut = cutWord(paragraph.text);
      if (!cut) return;
      // The next paragraph of text goes on in lower case. Page furniture between is skipped, and so
      // are headings: slide titles and running heads of a PDF land between the two halves.
      const next = all.slice(i + 1, i + 1 + MAX_FURNITURE).find(({ paragraph: p }) => p.kind === 'text' || p.kind === 'list')?.paragraph;
      if (!next || !/^\p{Ll}/u.test(next.text) || CONJUNCTION.test(next.text)) return;
      const word = `${cut[0]}${/^\p{Ll}+/u.exec(next.text)![0]}`;
      const position = spanInParagraph(lines, paragraph, cut.index, cut[0].length);
      ctx.report({ message: ctx.t(found, { kind: 'hyphenation', actual: word, line: position.start.line }), position, actual: word });
    });
  },
});

/** "… interna-": the lower-case word fragment and hyphen that end a paragraph, if any. */
function cutWord(text: string): { index: number; 0: string } | undefined {
  if (!text.endsWith('-')) return undefined;
  let start = text.length - 1;
  while (start > 0 && /\p{Ll}/u.test(text[start - 1]!)) start--;
  if (start === text.length - 1) return undefined;
  return { index: start, 0: text.slice(start) };
}
