import { type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { capitalise, itemLabel } from './support/items.js';

// Titles that put something to the meeting for a decision: "Vaststelling (brief)advies …",
// "Vaststellen advies …", "Verslag van de vergadering …", "Verslag 713e (489e openbare) vergadering …".
const DEFAULT_TITLES = [String.raw`^vaststell(?:ing|en)\b`, String.raw`^(?:concept-?)?verslag\b.{0,80}\bvergadering\b`, String.raw`^besluitvorming\b`];

const none: Text<{ item: string; line: number }> = {
  en: (p) => `${capitalise(p.item)} (line ${p.line}) asks for a decision but records none; expected a sentence such as ${'‘Het advies wordt vastgesteld.’'}`,
  nl: (p) => `${capitalise(p.item)} (regel ${p.line}) vraagt om een besluit maar legt er geen vast; verwacht een zin als ${'‘Het advies wordt vastgesteld.’'}`,
};

/** An item whose title asks for a decision records one (vastgesteld, aangenomen, aangehouden …). */
export default defineRule({
  id: 'decision-missing',
  severity: 'warn',
  description: 'An agenda item whose title asks for a decision (Vaststelling …, Verslag van de vergadering …) records one.',
  why: 'The decision is what the item is for; without it the verslag cannot show what was decided.',
  options: {
    defaults: { titles: DEFAULT_TITLES },
    schema: (z) =>
      z.strictObject({
        /** Regular expressions (case-insensitive) for titles that ask for a decision. */
        titles: z
          .array(z.string().max(200))
          .max(50)
          .refine((list) => list.every(isRegExp), { message: 'expected valid regular expressions' }),
      }),
  },
  check(ctx) {
    const patterns = ctx.options.titles.map((s) => new RegExp(s, 'iu'));
    for (const item of ctx.record.agenda) {
      if (!patterns.some((re) => re.test(item.title)) || item.decisions.length > 0) continue;
      ctx.report({ message: ctx.t(none, { item: itemLabel(item, ctx.lang), line: item.position.start.line }), position: item.position, actual: item.title });
    }
  },
});

function isRegExp(s: string): boolean {
  try {
    new RegExp(s, 'iu');
    return true;
  } catch {
    return false;
  }
}
