import type { Paragraph, Position, Verslag } from '../../src/index.js';
import { pointAt, splitLines } from '../../src/source/index.js';

/**
 * The invariants every parse result must satisfy, whatever the input (used by fixture, property and
 * corpus tests). Returns the violations; an empty list means the record is sound.
 */
export function checkInvariants(record: Verslag, text: string): string[] {
  const problems: string[] = [];
  const lines = splitLines(text);
  const covered = new Uint8Array(lines.lines.length + 2);

  const checkPosition = (what: string, p: Position | undefined) => {
    if (!p) return;
    for (const [name, pt] of [['start', p.start], ['end', p.end]] as const) {
      if (pt.offset < 0 || pt.offset > text.length) {
        problems.push(`${what}: ${name} offset ${pt.offset} outside 0..${text.length}`);
        return;
      }
      const real = pointAt(lines, pt.offset);
      if (real.line !== pt.line || real.column !== pt.column) {
        problems.push(`${what}: ${name} ${pt.line}:${pt.column} but offset ${pt.offset} is ${real.line}:${real.column}`);
      }
    }
    if (p.end.offset < p.start.offset) problems.push(`${what}: ends before it starts`);
  };
  const cover = (p: Position) => {
    for (let l = p.start.line; l <= p.end.line; l++) covered[l] = 1;
  };
  const checkParagraph = (what: string, p: Paragraph) => {
    checkPosition(what, p.position);
    cover(p.position);
    // Every run of the normalised text starts where its segment says it does in the original.
    for (const [i, [t, s]] of p.segments.entries()) {
      if (t >= p.text.length) continue;
      if (text[s] !== p.text[t]) {
        problems.push(`${what}: segment ${i} maps "${p.text[t]}" (text ${t}) to "${text[s]}" (source ${s})`);
        break;
      }
    }
    // The record's start line is the line its text begins on.
    if (p.text.length > 0 && p.segments[0] && pointAt(lines, p.segments[0][1]).line !== p.position.start.line) {
      problems.push(`${what}: text begins on line ${pointAt(lines, p.segments[0][1]).line}, position says ${p.position.start.line}`);
    }
  };

  let last = -1;
  const inOrder = (what: string, p: Position) => {
    if (p.start.offset < last) problems.push(`${what}: out of order (starts at ${p.start.offset}, after ${last})`);
    last = p.start.offset;
  };
  record.front.forEach((p, i) => {
    checkParagraph(`front[${i}]`, p);
    inOrder(`front[${i}]`, p.position);
  });
  record.agenda.forEach((item, i) => {
    checkPosition(`agenda[${i}]`, item.position);
    cover(item.position);
    inOrder(`agenda[${i}]`, item.position);
    item.paragraphs.forEach((p, j) => {
      checkParagraph(`agenda[${i}].paragraphs[${j}]`, p);
      inOrder(`agenda[${i}].paragraphs[${j}]`, p.position);
    });
    item.decisions.forEach((d, j) => checkPosition(`agenda[${i}].decisions[${j}]`, d.position));
    item.actions.forEach((a, j) => checkPosition(`agenda[${i}].actions[${j}]`, a.position));
  });
  for (const group of [record.meeting.present, record.meeting.absent, record.meeting.secretariat]) {
    for (const person of group) checkPosition(`person ${person.name}`, person.position);
  }
  for (const d of record.diagnostics) checkPosition(`diagnostic ${d.ruleId}`, d.position);

  const ids = new Set<string>();
  for (const s of record.speakers) {
    if (ids.has(s.id)) problems.push(`speaker id ${s.id} is not unique`);
    ids.add(s.id);
  }
  const refs = [...record.front, ...record.agenda.flatMap((i) => i.paragraphs)].flatMap((p) => [p.speaker, ...(p.also ?? [])]);
  for (const r of refs) if (r && !ids.has(r.id)) problems.push(`paragraph refers to unknown speaker ${r.id}`);

  lines.lines.forEach((l, i) => {
    if (l.trim() !== '' && !/^\s*<br\s*\/?>\s*$/i.test(l) && !covered[i + 1]) problems.push(`line ${i + 1} is in no record: ${JSON.stringify(l.slice(0, 60))}`);
  });
  return problems;
}
