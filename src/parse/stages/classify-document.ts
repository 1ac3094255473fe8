import type { ParseContext } from '../context.js';
import { diagnostic } from '../context.js';
import { CLOSING_TITLE, MEETING_PHRASES, MINUTES_WORDS, OPENING_TITLE } from '../lexicon/structure.js';

// Score at which a text counts as minutes; each signal below adds to it.
const MINUTES_THRESHOLD = 2;

/**
 * Stage 6: is this a verslag at all? Advice letters, speaking notes and web pages (seeds 002–004)
 * are not, and neither is TEI XML. The verdict comes with the reason, in one diagnostic.
 */
export function classifyDocument(ctx: ParseContext): void {
  if (ctx.infos.length > 0 && ctx.infos.every((i) => i.kind === 'code' || i.kind === 'blank') && ctx.infos.some((i) => i.kind === 'code')) {
    ctx.kind = 'not-verslag';
    diagnostic(ctx, {
      ruleId: 'not-verslag',
      severity: 'error',
      reason: 'This is markup (XML), not the plain text or Markdown of minutes; convert it to text first',
      position: ctx.blocks[0]?.position,
    });
    return;
  }
  const m = ctx.meeting;
  const signals: string[] = [];
  // Title and opening prose: a table there lists things (a file list naming notulen-….txt), it
  // does not say what this text is.
  const head = [m.title ?? '', ...ctx.blocks.slice(0, 6).filter((b) => b.kind !== 'table').map((b) => b.text)].join('\n');
  // A title that calls the text minutes is strong evidence on its own: it counts twice.
  if (MINUTES_WORDS.test(head)) signals.push('a title naming minutes (verslag, notulen)', 'a title naming minutes');
  if (m.present.length + m.absent.length > 0) signals.push('an attendance list');
  if (m.date && (m.present.length > 0 || m.positions.date)) signals.push('a date near the top');
  const titles = ctx.agenda.map((i) => i.title);
  if (titles.some((t) => OPENING_TITLE.test(t)) || titles.some((t) => CLOSING_TITLE.test(t))) signals.push('an opening or closing agenda item');
  // Block by block, stopping at the first hit: the same as testing the text blocks joined by
  // newlines (no phrase spans a newline), without building a copy of the whole text.
  if (ctx.blocks.some((b) => b.kind === 'text' && MEETING_PHRASES.test(b.text))) signals.push('the procedure of a meeting (opening, closing, rondvraag)');
  if (signals.length >= MINUTES_THRESHOLD) return;
  ctx.kind = 'not-verslag';
  const found = signals.length ? ` It has only ${[...new Set(signals)].join(' and ')}.` : '';
  diagnostic(ctx, {
    ruleId: 'not-verslag',
    severity: 'error',
    reason: `This text is not a verslag: it has no meeting header, attendance list, title naming minutes, or opening and closing of a meeting.${found}`,
    expected: ['a meeting header (Vergadering:, Datum:, Aanwezig:)', 'a title with verslag or notulen', 'agenda items with an opening and a closing'],
    position: ctx.blocks[0]?.position,
  });
}
