import { q, type Text } from '../i18n/index.js';
import { OPENING_TITLE } from '../parse/lexicon/structure.js';
import { defineRule } from './define-rule.js';
import { itemLabel } from './support/items.js';

// The lexicon's closing words, plus "afsluiting" and "wrap-up" as working groups write them. A
// "Rondvraag" alone may end an agenda, but only a sluiting shows the formal form is in use.
const CLOSING = /(?:^|[^\p{L}])(?:rondvraag|(?:af)?sluiting|wrap-up)(?!\p{L})/iu;
const FORMAL_CLOSING = /(?:^|[^\p{L}])(?:(?:af)?sluiting|wrap-up)(?!\p{L})/iu;
// Likewise "Welkom" may open a working group's notes; an item called "Opening" is the formal form.
const FORMAL_OPENING = /^opening(?!\p{L})/iu;

const notFirst: Text<{ item: string; line: number; opening: string }> = {
  en: (p) => `The opening is ${p.opening}, but the agenda starts with ${p.item} (line ${p.line}); expected ${q('Opening')} as the first item`,
  nl: (p) => `De opening is ${p.opening}, maar de agenda begint met ${p.item} (regel ${p.line}); verwacht ${q('Opening')} als eerste agendapunt`,
};
const notLast: Text<{ item: string; line: number; closing: string }> = {
  en: (p) => `The closing is ${p.closing}, but the agenda ends with ${p.item} (line ${p.line}); expected ${q('Rondvraag en sluiting')} as the last item`,
  nl: (p) => `De sluiting is ${p.closing}, maar de agenda eindigt met ${p.item} (regel ${p.line}); verwacht ${q('Rondvraag en sluiting')} als laatste agendapunt`,
};
const noOpening: Text<{ item: string; line: number }> = {
  en: (p) => `The agenda has a closing but no opening: it starts with ${p.item} (line ${p.line}); expected ${q('Opening')} as the first item`,
  nl: (p) => `De agenda heeft een sluiting maar geen opening: hij begint met ${p.item} (regel ${p.line}); verwacht ${q('Opening')} als eerste agendapunt`,
};
const noClosing: Text<{ item: string; line: number }> = {
  en: (p) => `The agenda has an opening but no closing: it ends with ${p.item} (line ${p.line}); expected ${q('Rondvraag en sluiting')} as the last item`,
  nl: (p) => `De agenda heeft een opening maar geen sluiting: hij eindigt met ${p.item} (regel ${p.line}); verwacht ${q('Rondvraag en sluiting')} als laatste agendapunt`,
};

/**
 * The opening is the first agenda item and "Rondvraag en sluiting" the last. A formal agenda has
 * both; when it has one, the other is missing (a cut-off file, an item never written up). Minutes
 * with neither (a working group's notes) are not held to the form, unless `required` says so.
 */
export default defineRule({
  id: 'agenda-opening-closing',
  severity: 'warn',
  description: 'The opening is the first agenda item and the closing (Rondvraag en sluiting) the last.',
  why: 'A formal verslag that does not open or close its meeting is usually incomplete: an item was cut off or never written up.',
  options: {
    defaults: { required: false },
    schema: (z) =>
      z.strictObject({
        /** Require both items even in minutes that have neither. */
        required: z.boolean(),
      }),
  },
  check(ctx) {
    const items = ctx.record.agenda;
    // One item, or none, is not an agenda whose order can be checked.
    if (items.length < 2) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const opening = items.find((i) => OPENING_TITLE.test(i.title));
    const closing = [...items].reverse().find((i) => CLOSING.test(i.title));
    const at = (item: typeof first) => ({ item: itemLabel(item, ctx.lang), line: item.position.start.line });
    if (opening && opening !== first) {
      ctx.report({ message: ctx.t(notFirst, { ...at(first), opening: itemLabel(opening, ctx.lang) }), position: opening.position, actual: opening.title, expected: ['1'] });
    } else if (!opening && ((closing && FORMAL_CLOSING.test(closing.title)) || ctx.options.required)) {
      ctx.report({ message: ctx.t(noOpening, at(first)), position: first.position, actual: first.title, expected: ['Opening'] });
    }
    if (closing && closing !== last) {
      ctx.report({ message: ctx.t(notLast, { ...at(last), closing: itemLabel(closing, ctx.lang) }), position: closing.position, actual: closing.title, expected: [last.number] });
    } else if (!closing && ((opening && FORMAL_OPENING.test(opening.title)) || ctx.options.required)) {
      ctx.report({ message: ctx.t(noClosing, at(last)), position: last.position, actual: last.title, expected: ['Rondvraag en sluiting'] });
    }
  },
});
