import type { PersonRef, Position } from '../../model/index.js';
import { pointAt } from '../../source/index.js';
import type { Block } from '../block.js';
import { type ParseContext } from '../context.js';
import { findDates, findTimes } from '../dates.js';
import { stripEmphasis } from '../inline.js';
import { BODY_WORDS, CHAIR_ROLE, HEADER_KEYS, type HeaderField, MINUTES_WORDS, SECRETARIAT_ROLE, STRUCTURE_HEADINGS } from '../lexicon/structure.js';
import { readPerson, splitPeople } from '../people.js';

/**
 * Stage 3: the meeting's metadata from the header block ("Vergadering:", "Datum en tijd:", …),
 * key–value tables, attendance lists and tables under "Aanwezig"/"Deelnemers", front matter and
 * the title. What the running text says (closing time, a substitute chair) is read later, in
 * read-meeting-text.
 */
export function readHeader(ctx: ParseContext): void {
  const { blocks } = ctx;
  let collecting: HeaderField | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // A date on a line of its own near the top ("24 mei 2023", "> dd 24-11-2020 - Online overleg").
    if (!ctx.meeting.date && i < 8 && block.text.length < 80 && (block.kind === 'text' || block.kind === 'quote' || block.kind === 'heading')) {
      const d = findDates(block.text)[0];
      if (d && d.index <= 4) {
        ctx.meeting.date = d.iso;
        ctx.meeting.positions.date = block.position;
      }
    }
    if (block.kind === 'header') {
      collecting = null;
      const value = block.value ?? '';
      if (value.trim() === '' && isPeopleField(block.field!)) collecting = block.field!;
      else applyField(ctx, block.field!, value, block.valueOffset ?? block.position.start.offset, block);
      continue;
    }
    if (collecting && (block.kind === 'list' || block.kind === 'text' || (block.kind === 'heading' && !block.markdownHeading)) && isNameLike(block.text)) {
      const start = block.position.start.offset;
      const person = readPerson(ctx.lines.text.slice(start, block.position.end.offset), start, ctx.lines);
      if (person) addPerson(ctx, collecting, person);
      continue;
    }
    if (block.kind === 'heading' && block.number === undefined) {
      const field = attendanceHeading(block.text);
      collecting = field;
      if (!field && !ctx.meeting.title && isTitleCandidate(ctx, block, i)) setTitle(ctx, block.text, block.position);
      continue;
    }
    if (block.kind === 'table') {
      readTable(ctx, block, collecting);
      collecting = null;
      continue;
    }
    if (block.kind === 'front-matter') {
      const m = /^title:[ \t]*(\S.*)$/m.exec(block.text);
      if (m && m[1]) setTitle(ctx, m[1].trim().replace(/^(["'])(.*)\1$/, '$2'), block.position);
      continue;
    }
    if (collecting && block.kind === 'text' && /,/.test(block.text) && block.lines.length === 1) {
      // "Valere Bouserie, Michael Loedts, Laurens De Vocht" under "## Verontschuldigd".
      const start = block.position.start.offset;
      for (const p of splitPeople(ctx.lines.text.slice(start, block.position.end.offset), start, ctx.lines)) addPerson(ctx, collecting, p);
      collecting = null;
      continue;
    }
    collecting = null;
    if (!ctx.meeting.title && block.kind === 'text' && i < 3 && MINUTES_WORDS.test(block.text) && block.text.length < 120) {
      setTitle(ctx, block.text, block.position);
    }
  }
  if (!ctx.meeting.body) {
    const probe = [ctx.meeting.title ?? '', ...blocks.slice(0, 40).map((b) => b.text)].join('\n');
    for (const [re, body] of BODY_WORDS) {
      if (re.test(probe)) {
        ctx.meeting.body = body;
        break;
      }
    }
  }
  if (!ctx.meeting.date && ctx.meeting.title) {
    const d = findDates(ctx.meeting.title)[0];
    if (d) ctx.meeting.date = d.iso;
  }
}

function isPeopleField(field: HeaderField): boolean {
  return field === 'present' || field === 'absent' || field === 'secretariat' || field === 'guests' || field === 'chair';
}

function attendanceHeading(text: string): HeaderField | null {
  const key = text.replace(/[:*]/g, '').trim().toLowerCase();
  const field = HEADER_KEYS[key] ?? (/^deelnemers\b/.test(key) ? 'present' : undefined);
  return field && isPeopleField(field) ? field : null;
}

function isTitleCandidate(ctx: ParseContext, block: Block, index: number): boolean {
  if (STRUCTURE_HEADINGS.test(block.text) && !MINUTES_WORDS.test(block.text.replace(/^verslag$/i, ''))) {
    return /^verslag$|^notulen$/i.test(block.text.trim()) && index < 3;
  }
  return (block.level === 1 && index < 4) || (index < 2 && MINUTES_WORDS.test(block.text));
}

function setTitle(ctx: ParseContext, title: string, position: Position): void {
  ctx.meeting.title = stripEmphasis(title).trim();
  ctx.meeting.positions.title = position;
}

function isNameLike(text: string): boolean {
  const t = text.trim();
  if (t.length > 90 || /[.!?;]$/.test(t)) return false;
  const bare = t.replace(/\([^)]*\)/g, '').replace(/\s+[-–].*$/, '').trim();
  const words = bare.split(/\s+/);
  return words.length >= 1 && words.length <= 6 && /^\p{Lu}/u.test(bare);
}

function addPerson(ctx: ParseContext, field: HeaderField, person: PersonRef): void {
  const m = ctx.meeting;
  if (field === 'absent') m.absent.push(person);
  else if (field === 'secretariat') m.secretariat.push(person);
  else if (field === 'chair') m.chair = person;
  else {
    if (field === 'guests') person.role ??= 'gast';
    m.present.push(person);
    if (person.role && CHAIR_ROLE.test(person.role) && !m.chair) m.chair = person;
    else if (person.role && SECRETARIAT_ROLE.test(person.role)) m.secretariat.push(person);
  }
}

function positionOf(ctx: ParseContext, start: number, end: number): Position {
  return { start: pointAt(ctx.lines, start), end: pointAt(ctx.lines, end) };
}

function applyField(ctx: ParseContext, field: HeaderField, value: string, offset: number, block?: Block): void {
  const m = ctx.meeting;
  const clean = stripEmphasis(value).trim();
  const pos = positionOf(ctx, offset, offset + value.length);
  switch (field) {
    case 'meeting': {
      const body = /^([^,(]+?)(?:,|\snr\b|\(|$)/.exec(clean);
      if (body && body[1] && !/^\d/.test(body[1])) m.body = body[1].trim();
      const nr = /\bnr\.?\s*(\d+)/i.exec(clean);
      if (nr) m.number = Number(nr[1]);
      const pub = /(\d+)(?:\s+(?:(?:\^\{?\w+\}?|e|ste|de)\s+)?|(?:\^\{?\w+\}?|e|ste|de)\s+)openbare\b/i.exec(clean);
      if (pub) m.publicNumber = Number(pub[1]);
      m.positions.meeting = pos;
      break;
    }
    case 'date': {
      const d = findDates(clean)[0];
      if (d) {
        m.date = d.iso;
        if (d.weekday) m.weekday = d.weekday;
        m.positions.date = pos;
      }
      readTimes(ctx, clean, pos);
      break;
    }
    case 'time':
      readTimes(ctx, clean, pos);
      break;
    case 'place':
      m.place = clean;
      m.positions.place = pos;
      break;
    case 'title':
      setTitle(ctx, clean, pos);
      break;
    case 'chair': {
      const person = readPerson(value.trim(), offset + (value.length - value.trimStart().length), ctx.lines);
      if (person) m.chair = person;
      m.positions.chair = pos;
      break;
    }
    case 'present':
    case 'guests':
    case 'absent':
    case 'secretariat':
      for (const p of splitPeople(value, offset, ctx.lines)) addPerson(ctx, field, p);
      m.positions[field] = pos;
      break;
    case 'other':
      break;
  }
  void block;
}

function readTimes(ctx: ParseContext, text: string, pos: Position): void {
  const times = findTimes(text);
  if (times[0] && !ctx.meeting.start) {
    ctx.meeting.start = times[0].time;
    ctx.meeting.positions.start = pos;
  }
  // "10:30-12:00 uur": a range gives the end too.
  if (times[1] && /[-–]\s*$/.test(text.slice(0, times[1].index)) && !ctx.meeting.end) {
    ctx.meeting.end = times[1].time;
    ctx.meeting.positions.end = pos;
  }
}

/** A Markdown table: key–value rows ("| Vergaderdatum en -tijd | 2 december 2021 |") or attendance. */
function readTable(ctx: ParseContext, block: Block, collecting: HeaderField | null): void {
  const rowLines = block.lines.map((l) => ({ line: l, raw: ctx.lines.lines[l - 1]!, start: ctx.lines.starts[l - 1]! }));
  const rows = rowLines
    .filter((r) => !/^\s*(?:\|\s*)?:?-{2,}/.test(r.raw))
    .map((r) => ({ ...r, cells: cellsOf(r.raw, r.start) }));
  if (rows.length === 0) return;
  // Key–value table: first cells are header keys.
  const keyed = rows.filter((r) => r.cells.length >= 2 && HEADER_KEYS[stripEmphasis(r.cells[0]!.text).replace(/:$/, '').toLowerCase()]);
  if (keyed.length > 0 && keyed.length >= rows.length / 2) {
    for (const r of keyed) {
      const field = HEADER_KEYS[stripEmphasis(r.cells[0]!.text).replace(/:$/, '').toLowerCase()]!;
      const cell = r.cells[1]!;
      applyField(ctx, field, cell.text, cell.offset);
    }
    return;
  }
  const header = rows[0]!.cells.map((c) => stripEmphasis(c.text).toLowerCase());
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const nameCol = col(/^(?:naam|name|deelnemer|lid)$/);
  const lastCol = col(/^achternaam$/);
  const firstCol = col(/^voornaam$/);
  const orgCol = col(/^(?:organisatie|organisation|namens|afdeling)$/);
  const roleCol = col(/^(?:rol|functie|role)$/);
  if (nameCol < 0 && lastCol < 0) return;
  const field = collecting ?? 'present';
  for (const r of rows.slice(1)) {
    const cellAt = (i: number) => (i >= 0 ? r.cells[i] : undefined);
    const nameCell = cellAt(nameCol) ?? cellAt(lastCol);
    if (!nameCell || !nameCell.text) continue;
    const first = cellAt(firstCol)?.text;
    const name = first ? `${first} ${nameCell.text}` : nameCell.text;
    const person: PersonRef = { name: stripEmphasis(name).trim(), position: positionOf(ctx, nameCell.offset, nameCell.offset + nameCell.text.length) };
    const org = cellAt(orgCol)?.text;
    if (org) person.organisation = org;
    const role = cellAt(roleCol)?.text;
    if (role) person.role = role;
    addPerson(ctx, field, person);
  }
}

function cellsOf(raw: string, lineOffset: number): Array<{ text: string; offset: number }> {
  const cells: Array<{ text: string; offset: number }> = [];
  let i = raw.indexOf('|');
  while (i >= 0) {
    const j = raw.indexOf('|', i + 1);
    if (j < 0) break;
    const cell = raw.slice(i + 1, j);
    const lead = cell.length - cell.trimStart().length;
    cells.push({ text: cell.trim(), offset: lineOffset + i + 1 + lead });
    i = j;
  }
  return cells;
}
