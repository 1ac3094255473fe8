import { q, type Text } from '../i18n/index.js';
import type { Position } from '../model/index.js';
import { findDates, weekdayOf } from '../parse/dates.js';
import { defineRule } from './define-rule.js';
import { paragraphsOf, span, spanInParagraph } from './support/positions.js';

const ENGLISH_DAYS: Record<string, string> = {
  maandag: 'Monday', dinsdag: 'Tuesday', woensdag: 'Wednesday', donderdag: 'Thursday', vrijdag: 'Friday', zaterdag: 'Saturday', zondag: 'Sunday',
};

const mismatch: Text<{ written: string; date: string; weekday: string; line: number }> = {
  en: (p) => `${q(p.written)} (line ${p.line}): ${p.date} is a ${ENGLISH_DAYS[p.weekday]}; expected ${q(p.weekday)}`,
  nl: (p) => `${q(p.written)} (regel ${p.line}): ${p.date} valt op een ${p.weekday}; verwacht ${q(p.weekday)}`,
};

/** A weekday written with a date ("vrijdag 19 juni 2020") is the weekday of that date. */
export default defineRule({
  id: 'date-weekday',
  severity: 'error',
  description: 'A weekday written with a date falls on that date.',
  why: 'A wrong weekday makes the date itself doubtful: one of the two is a typing error, and the reader cannot tell which.',
  check(ctx) {
    const seen = new Set<number>();
    const check = (text: string, locate: (index: number, length: number) => Position) => {
      // Every Dutch weekday ends in "dag"; text without it can hold no weekday to check.
      if (!text.includes('dag')) return;
      for (const d of findDates(text)) {
        if (!d.weekday || !d.weekdayMismatch || d.yearInferred) continue;
        const position = locate(d.index, d.length);
        if (seen.has(position.start.offset)) continue;
        seen.add(position.start.offset);
        const written = text.slice(d.index, d.index + d.length);
        const weekday = weekdayOf(d.iso);
        ctx.report({
          message: ctx.t(mismatch, { written, date: written.replace(/^\p{L}+\s+/u, ''), weekday, line: position.start.line }),
          position,
          actual: written,
          expected: [weekday],
        });
      }
    };
    // Agenda titles are not paragraphs: read their heading lines as written.
    for (const item of ctx.record.agenda) {
      const start = item.position.start.offset;
      check(ctx.text.slice(start, item.position.end.offset), (i, n) => span(ctx.lines, start + i, start + i + n));
    }
    for (const { paragraph } of paragraphsOf(ctx.record)) {
      check(paragraph.text, (i, n) => spanInParagraph(ctx.lines, paragraph, i, n));
    }
  },
});
