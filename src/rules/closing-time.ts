import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';

const CLOSING_ITEM = /(?:^|[^\p{L}])(?:af)?sluiting(?!\p{L})/iu;

const missing: Text<{ line: number }> = {
  en: (p) => `The closing of the meeting is not recorded (last item at line ${p.line}); expected a sentence such as ${q('De voorzitter sluit de vergadering om 12:00 uur')}`,
  nl: (p) => `De sluiting van de vergadering is niet vastgelegd (laatste agendapunt op regel ${p.line}); verwacht een zin als ${q('De voorzitter sluit de vergadering om 12:00 uur')}`,
};
const early: Text<{ end: string; start: string }> = {
  en: (p) => `The meeting closes at ${p.end}, not after it started at ${p.start}; expected a closing time after ${p.start}`,
  nl: (p) => `De vergadering sluit om ${p.end}, niet na de aanvang om ${p.start}; verwacht een sluitingstijd na ${p.start}`,
};

/** The verslag records when the meeting closed, and that time is after the start time. */
export default defineRule({
  id: 'closing-time',
  severity: 'warn',
  description: 'The closing item records when the meeting closed, and that is after the start time.',
  why: 'The closing time is part of the formal record; a time before the start is a typing error.',
  check(ctx) {
    const { meeting, agenda } = ctx.record;
    const last = agenda[agenda.length - 1];
    // The closing is recorded in the closing item; minutes without one (a working group's notes)
    // do not record times, and asking for one there is noise.
    if (!last) return;
    if (!meeting.end && CLOSING_ITEM.test(last.title)) {
      ctx.report({ message: ctx.t(missing, { line: last.position.start.line }), position: last.position, expected: ['sluit de vergadering om HH:MM uur'] });
      return;
    }
    if (meeting.start && meeting.end && meeting.end <= meeting.start) {
      ctx.report({ message: ctx.t(early, { end: meeting.end, start: meeting.start }), ...(meeting.positions.end ? { position: meeting.positions.end } : {}), actual: meeting.end, expected: [`> ${meeting.start}`] });
    }
  },
});
