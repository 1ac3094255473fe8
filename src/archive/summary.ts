import type { PersonRef, Position, Verslag } from '../model/index.js';
import { readEarlierVerslag } from './earlier-verslag.js';

/**
 * A place in a file, compact: [line, column, offset] of the start. Archive rules hold one summary
 * per file for the whole run, so a summary keeps numbers, not Position objects.
 */
export type At = readonly [line: number, column: number, offset: number];

export type PersonRole = 'present' | 'absent' | 'chair' | 'secretariat' | 'speaker';

export interface PersonSeen {
  /** As written in this file (emphasis removed): "Van der Veen", "Gunning-Schepers". */
  name: string;
  role: PersonRole;
  geleding?: string;
  at?: At;
}

export interface RefSeen {
  /** "R/2961" as printed. */
  ref: string;
  /** The agenda item that carries it ("5"). */
  item: string;
  at: At;
}

/** An agenda item that tables the verslag of an earlier meeting. */
export interface EarlierVerslag {
  item: string;
  title: string;
  /** ISO date of the earlier meeting, where the title gives one. */
  date?: string;
  /** True when the year was not written ("19 januari jl.") and comes from this meeting's date. */
  dateInferred?: boolean;
  number?: number;
  publicNumber?: number;
  at: At;
}

/** What the archive rules need from one verslag: a few hundred bytes instead of the record. */
export interface ArchiveSummary {
  file: string;
  sha256: string;
  kind: 'verslag' | 'not-verslag';
  body?: string;
  number?: number;
  publicNumber?: number;
  date?: string;
  /** Where the meeting number and the date were read (the header line). */
  numberAt?: At;
  dateAt?: At;
  refs: RefSeen[];
  earlier: EarlierVerslag[];
  people: PersonSeen[];
}

export function at(position: Position | undefined): At | undefined {
  return position ? [position.start.line, position.start.column, position.start.offset] : undefined;
}

/** The position a diagnostic gets for a compact place (start and end at the same point). */
export function toPosition(place: At): Position {
  const point = { line: place[0], column: place[1], offset: place[2] };
  return { start: point, end: point };
}

/** Summarise one record for the archive rules. Pure: the same record gives the same summary. */
export function summarize(record: Verslag): ArchiveSummary {
  const { meeting } = record;
  const summary: ArchiveSummary = {
    file: record.source.path,
    sha256: record.source.sha256,
    kind: record.kind,
    refs: [],
    earlier: [],
    people: [],
  };
  if (meeting.body !== undefined) summary.body = meeting.body;
  if (meeting.number !== undefined) summary.number = meeting.number;
  if (meeting.publicNumber !== undefined) summary.publicNumber = meeting.publicNumber;
  if (meeting.date !== undefined) summary.date = meeting.date;
  const numberAt = at(meeting.positions.meeting ?? meeting.positions.title);
  if (numberAt && meeting.number !== undefined) summary.numberAt = numberAt;
  const dateAt = at(meeting.positions.date);
  if (dateAt && meeting.date !== undefined) summary.dateAt = dateAt;

  for (const item of record.agenda) {
    const place = at(item.position)!;
    for (const ref of item.refs) summary.refs.push({ ref, item: item.number, at: place });
    const earlier = readEarlierVerslag(item.title, meeting.date);
    if (earlier) summary.earlier.push({ item: item.number, title: item.title, ...earlier, at: place });
  }
  summary.people = peopleOf(record);
  return summary;
}

/** Each spelling once per file and role, at its first place; speakers keep their geleding. */
function peopleOf(record: Verslag): PersonSeen[] {
  const out: PersonSeen[] = [];
  const seen = new Set<string>();
  const add = (person: PersonSeen) => {
    const key = `${person.role}\u0000${person.name}\u0000${person.geleding ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(person);
  };
  const { meeting } = record;
  const fromRef = (role: PersonRole) => (p: PersonRef) => {
    const place = at(p.position);
    add(place ? { name: p.name, role, at: place } : { name: p.name, role });
  };
  meeting.present.forEach(fromRef('present'));
  meeting.absent.forEach(fromRef('absent'));
  meeting.secretariat.forEach(fromRef('secretariat'));
  if (meeting.chair) fromRef('chair')(meeting.chair);
  for (const s of record.speakers) {
    // The chair and the secretariat speak in their role; their geleding is not read from the text.
    if (s.role === 'chair' || s.role === 'secretariat') continue;
    const person: PersonSeen = { name: s.name, role: 'speaker' };
    if (s.geleding) person.geleding = s.geleding;
    const place = at(s.position);
    if (place) person.at = place;
    add(person);
  }
  return out;
}
