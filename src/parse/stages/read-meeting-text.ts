import type { Block } from '../block.js';
import type { ParseContext } from '../context.js';
import { diagnostic } from '../context.js';
import { HONORIFIC, SURNAME } from '../lexicon/names.js';
import { readPerson } from '../people.js';
import { pointAt } from '../../source/index.js';
import { sourceOffsetOf } from '../../source/index.js';

/**
 * Stage 5: what the running text says about the meeting: the closing time ("sluit … de
 * vergadering om 12:00 uur"), a substitute chair ("daarom zal mevrouw Thijssen de vergadering
 * voorzitten"), and people it says are absent ("Mevrouw Hamer is vandaag verhinderd").
 */
const CLOSING = /\bsluit\b[^.]{0,120}?\bvergadering\b[^.]{0,60}?\bom\s+(\d{1,2})[.:](\d{2})|\bvergadering\b[^.]{0,40}?\bom\s+(\d{1,2})[.:](\d{2})\s*uur\s+gesloten/i;
const SUBSTITUTE_CHAIR = new RegExp(
  String.raw`\b(?:zal|zit|wordt)\s+(?:${HONORIFIC}\s+)(${SURNAME})\s+(?:de vergadering\s+)?(?:voorzitten|voor\b|als voorzitter)|\bonder voorzitterschap van\s+(?:${HONORIFIC}\s+)?(${SURNAME})`,
  'u',
);
const ABSENT = new RegExp(
  String.raw`(?:${HONORIFIC}\s+)(${SURNAME})(?:,\s+die\s+(?:\p{L}+\s+){0,3}?|\s+is\s+(?:\p{L}+\s+){0,2}?)verhinderd`,
  'gu',
);

export function readMeetingText(ctx: ParseContext): void {
  const all = [...ctx.front, ...ctx.agenda.flatMap((i) => i.blocks)].filter((b) => b.kind === 'text' || b.kind === 'list');
  const m = ctx.meeting;
  for (const block of all) {
    if (!m.end) {
      const c = CLOSING.exec(block.text);
      if (c) {
        const h = c[1] ?? c[3];
        const min = c[2] ?? c[4];
        m.end = `${h!.padStart(2, '0')}:${min}`;
        m.positions.end = spanOf(ctx, block, c.index, c[0].length);
      }
    }
    const s = SUBSTITUTE_CHAIR.exec(block.text);
    if (s) {
      const name = (s[1] ?? s[2])!;
      const at = block.text.indexOf(name, s.index);
      const previous = m.chair?.name;
      const start = sourceOffsetOf(block.segments, at);
      const person = readPerson(name, start, ctx.lines);
      if (person && previous !== person.name) {
        m.chair = person;
        m.positions.chair = spanOf(ctx, block, s.index, s[0].length);
        diagnostic(ctx, {
          ruleId: 'chair-substitute',
          severity: 'info',
          reason: previous
            ? `${person.name} chairs this meeting in place of ${previous}, as the text says`
            : `${person.name} chairs this meeting, as the text says`,
          position: m.positions.chair,
        });
      }
    }
    ABSENT.lastIndex = 0;
    for (let a = ABSENT.exec(block.text); a; a = ABSENT.exec(block.text)) {
      const name = a[1]!;
      if (m.absent.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
      const at = block.text.indexOf(name, a.index);
      const person = readPerson(name, sourceOffsetOf(block.segments, at), ctx.lines);
      if (person) m.absent.push(person);
    }
  }
}

function spanOf(ctx: ParseContext, block: Block, index: number, length: number) {
  return {
    start: pointAt(ctx.lines, sourceOffsetOf(block.segments, index)),
    end: pointAt(ctx.lines, sourceOffsetOf(block.segments, index + length)),
  };
}
