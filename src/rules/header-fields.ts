import { q, type Text } from '../i18n/index.js';
import type { PersonRef, Position } from '../model/index.js';
import { defineRule } from './define-rule.js';
import { span } from './support/positions.js';
import type { RuleContext } from './types.js';

const FIELDS = ['date', 'chair', 'present'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_NAMES: Record<Field, { nl: string; en: string; key: string }> = {
  date: { nl: 'de datum', en: 'the date', key: 'Datum:' },
  chair: { nl: 'de voorzitter', en: 'the chair', key: 'Voorzitter:' },
  present: { nl: 'de aanwezigen', en: 'who was present', key: 'Aanwezig:' },
};

const missing: Text<{ field: Field; line: number }> = {
  en: ({ field, line }) => `The header (line ${line}) does not give ${FIELD_NAMES[field].en}; expected a line ${q(FIELD_NAMES[field].key + ' …')}`,
  nl: ({ field, line }) => `De kop (regel ${line}) noemt ${FIELD_NAMES[field].nl} niet; verwacht een regel ${q(FIELD_NAMES[field].key + ' …')}`,
};
const separator: Text<{ before: string; after: string; list: string }> = {
  en: ({ before, after, list }) => `No comma between ${q(before)} and ${q(after)} in ${q(list)}; expected ${q(`${before}, ${after}`)}`,
  nl: ({ before, after, list }) => `Geen komma tussen ${q(before)} en ${q(after)} in ${q(list)}; verwacht ${q(`${before}, ${after}`)}`,
};

// The list fields of the header, for the separator check.
const LISTS = ['present', 'absent', 'secretariat'] as const;

/**
 * A verslag with a header block gives the date, the chair and who was present; and the names in
 * its lists are separated. A verslag without any header (seed 000: text cut from a PDF whose
 * cover page is gone) is not checked at all: one finding per missing field there would tell the
 * notulist nothing they can act on in this file, and the other rules still check the text.
 */
export default defineRule({
  id: 'header-fields',
  severity: 'warn',
  description: 'A verslag with a header gives the date, the chair and the attendance, names separated by commas.',
  why: 'Readers and the archive find a meeting by its date and need to know who chaired and who was there.',
  options: {
    defaults: { required: [...FIELDS] },
    schema: (z) =>
      z.strictObject({
        /** The fields a header must give; working groups without a chair can leave `chair` out. */
        required: z.array(z.enum(FIELDS)),
      }),
  },
  check(ctx) {
    const { meeting, front } = ctx.record;
    const headerLines = front.filter((p) => p.kind === 'header' || p.kind === 'table');
    // Header fields only: the chair and absences can also come from the running text (seed 000:
    // "Mevrouw Hamer is vandaag verhinderd en daarom zal mevrouw Thijssen … voorzitten").
    const fromHeader = meeting.present.length > 0 || ['meeting', 'place', 'present', 'secretariat'].some((k) => k in meeting.positions);
    if (headerLines.length === 0 && !fromHeader) return;
    const at: Position = headerLines[0]?.position ?? Object.values(meeting.positions)[0]!;
    const has: Record<Field, boolean> = {
      date: meeting.date !== undefined,
      chair: meeting.chair !== undefined,
      present: meeting.present.length > 0,
    };
    for (const field of ctx.options.required) {
      if (has[field]) continue;
      ctx.report({ message: ctx.t(missing, { field, line: at.start.line }), position: at, expected: [FIELD_NAMES[field].key] });
    }
    for (const list of LISTS) checkSeparators(ctx.text, ctx, meeting[list], list);
  },
});

/** Two people of one list with nothing but blanks between them: the comma is missing. */
function checkSeparators(text: string, ctx: Pick<RuleContext<unknown>, 'lines' | 't' | 'report'>, people: PersonRef[], list: (typeof LISTS)[number]): void {
  const key = { present: 'Aanwezig', absent: 'Verhinderd', secretariat: 'Secretariaat' }[list];
  for (let i = 1; i < people.length; i++) {
    const a = people[i - 1]!.position;
    const b = people[i]!.position;
    if (!a || !b || a.start.line !== b.start.line || b.start.offset < a.end.offset) continue;
    const between = text.slice(a.end.offset, b.start.offset);
    if (!/^[ \t]+$/.test(between)) continue;
    const before = text.slice(a.start.offset, a.end.offset).trim();
    const after = text.slice(b.start.offset, b.end.offset).trim();
    ctx.report({
      message: ctx.t(separator, { before, after, list: key }),
      position: span(ctx.lines, a.end.offset, b.start.offset),
      actual: `${before}${between}${after}`,
      expected: [`${before}, ${after}`],
    });
  }
}
