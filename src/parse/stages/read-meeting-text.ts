import type { Block } from '../block.js';
import type { ParseContext } from '../context.js';
import { diagnostic } from '../context.js';
import { HONORIFIC, SURNAME } from '../lexicon/names.js';
import { Cue, cuesOf } from '../cues.js';
import { findTimes } from '../dates.js';
import { readPerson } from '../people.js';
import { sentencesOf } from '../sentences.js';
import { pointAt } from '../../source/index.js';
import { sourceOffsetOf } from '../../source/index.js';

/**
 * Stage 5: what the running text says about the meeting: the closing time ("sluit … de
 * vergadering om 12:00 uur"), a substitute chair ("daarom zal mevrouw Thijssen de vergadering
 * voorzitten"), and people it says are absent ("Mevrouw Hamer is vandaag verhinderd").
 */
// A sentence that closes the meeting, in any word order: "sluit … de vergadering om 12:00 uur",
// "Om 12.05 uur sluit de voorzitter de vergadering", "De vergadering wordt om 16.30 uur gesloten".
const CLOSES = /[Ss]luit|[Gg]esloten|[Bb]eëindig/;
const MEETING_WORD = /\b(?:vergadering|bijeenkomst|overleg|zitting)\b/i;
const SUBSTITUTE_CHAIR = new RegExp(
  [
    // "daarom zal mevrouw Thijssen de vergadering voorzitten", "zit de heer X de vergadering voor"
    String.raw`\b(?:zal|zit|wordt)\s+(?:${HONORIFIC}\s+)(${SURNAME})\s+(?:de vergadering\s+)?(?:voorzitten|voor\b|als voorzitter)`,
    // "onder voorzitterschap van de heer X", "wordt voorgezeten door mevrouw X"
    String.raw`\b(?:[Oo]nder voorzitterschap van|voorgezeten door)\s+(?:${HONORIFIC}\s+)?(${SURNAME})`,
    // "De heer X neemt het voorzitterschap waar", "Mevrouw X treedt op als (plaatsvervangend) voorzitter"
    String.raw`(?:${HONORIFIC}\s+)(${SURNAME})\s+(?:neemt het voorzitterschap\b|treedt op als\s+(?:plaatsvervangend\s+)?voorzitter\b)`,
  ].join('|'),
  'u',
);
// "Deze commissie wordt voorgezeten door Wilfred Nas": a body other than the meeting is the one chaired.
const OTHER_BODY_CHAIRED = /\b(?:commissie|subcommissie|werkgroep|subwerkgroep|stuurgroep|projectgroep|klankbordgroep|taskforce|deze|die)\b/i;
const ABSENT = new RegExp(
  String.raw`(?:${HONORIFIC}\s+)(${SURNAME})(?:,\s+die\s+(?:\p{L}+\s+){0,3}?|\s+is\s+(?:\p{L}+\s+){0,2}?)verhinderd`,
  'gu',
);

export function readMeetingText(ctx: ParseContext): void {
  // A loop, not flatMap and spread: Node 20's flatMap took about 7 µs for six items, per file.
  const all: Block[] = [];
  const take = (blocks: Block[]) => {
    for (const b of blocks) if (b.kind === 'text' || b.kind === 'list') all.push(b);
  };
  take(ctx.front);
  for (const item of ctx.agenda) take(item.blocks);
  const m = ctx.meeting;
  for (const block of all) {
    const cues = cuesOf(block);
    if (!m.end && cues & Cue.closing) readClosing(ctx, block);
    // Every phrasing of a substitute chair holds "voorzit" or "voorgez"; the cheap test skips the regex.
    const s = cues & Cue.chair ? SUBSTITUTE_CHAIR.exec(block.text) : null;
    if (s && !(s[2] !== undefined && chairsOtherBody(block.text, s.index))) {
      const name = (s[1] ?? s[2] ?? s[3])!;
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
    // ABSENT needs "verhinderd", which few paragraphs hold: a substring test (5× cheaper) skips the rest.
    if (!(cues & Cue.absent)) continue;
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

/** Whether the sentence before a "voorgezeten door" / "onder voorzitterschap van" names another body as its subject. */
function chairsOtherBody(text: string, index: number): boolean {
  const stop = text.lastIndexOf('. ', index);
  const start = stop < 0 ? 0 : stop + 2;
  return OTHER_BODY_CHAIRED.test(text.slice(start, index));
}

function readClosing(ctx: ParseContext, block: Block): void {
  for (const s of sentencesOf(block)) {
    if (!CLOSES.test(s.text) || !MEETING_WORD.test(s.text)) continue;
    const times = findTimes(s.text);
    const time = times[times.length - 1];
    if (!time) continue;
    ctx.meeting.end = time.time;
    ctx.meeting.positions.end = spanOf(ctx, block, s.index, s.text.length);
    return;
  }
}

function spanOf(ctx: ParseContext, block: Block, index: number, length: number) {
  return {
    start: pointAt(ctx.lines, sourceOffsetOf(block.segments, index)),
    end: pointAt(ctx.lines, sourceOffsetOf(block.segments, index + length)),
  };
}
