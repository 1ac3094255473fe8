import type { Paragraph, Position, Verslag } from '../model/index.js';
import { speakerRuns } from '../records/runs.js';

/**
 * One contribution: consecutive paragraphs of one speaker within one agenda item — the unit an
 * analyst counts and reads ("what did the werknemers say about …"). Runs of narration (no speaker)
 * are contributions too, with `speaker: null`, so the table holds every reported word of the body.
 */
export interface Contribution {
  /** The file as given (`source.path`). */
  file: string;
  /** First and last line in the original file. */
  line: number;
  endLine: number;
  /** Meeting date (ISO), number and body, where the verslag gives them. */
  date: string | null;
  meeting: number | null;
  body: string | null;
  /** Agenda item number and title; null for text before the first item. */
  item: string | null;
  title: string | null;
  speaker: string | null;
  speakerId: string | null;
  geleding: string | null;
  role: string | null;
  /** Others who speak in the same paragraphs (names, in order of first appearance). */
  also: string[];
  /** The paragraphs' texts, separated by a blank line. */
  text: string;
  paragraphs: number;
  position: Position;
}

/** Every contribution of a record, in document order (the runs of src/records/runs.ts as rows). */
export function contributions(record: Verslag): Contribution[] {
  const meeting = {
    file: record.source.path,
    date: record.meeting.date ?? null,
    meeting: record.meeting.number ?? null,
    body: record.meeting.body ?? null,
  };
  return speakerRuns(record).map((run) => contribution(meeting, run.item?.number ?? null, run.item?.title ?? null, run.paragraphs));
}

function contribution(meeting: Pick<Contribution, 'file' | 'date' | 'meeting' | 'body'>, item: string | null, title: string | null, run: Paragraph[]): Contribution {
  const first = run[0]!;
  const last = run.at(-1)!;
  const also = [...new Set(run.flatMap((p) => (p.also ?? []).map((r) => r.name)))];
  return {
    ...meeting,
    line: first.position.start.line,
    endLine: last.position.end.line,
    item,
    title,
    speaker: first.speaker?.name ?? null,
    speakerId: first.speaker?.id ?? null,
    geleding: first.speaker?.geleding ?? null,
    role: first.speaker?.role ?? null,
    also,
    text: run.map((p) => p.text).join('\n\n'),
    paragraphs: run.length,
    position: { start: first.position.start, end: last.position.end },
  };
}
