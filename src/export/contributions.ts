import type { Paragraph, ParagraphKind, Position, Verslag } from '../model/index.js';

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

/** Paragraph kinds that hold reported words; headings end a run, the rest (header lines, tables, page numbers) are not speech. */
const SPOKEN: ReadonlySet<ParagraphKind> = new Set(['text', 'list', 'quote']);
const BOUNDARY: ReadonlySet<ParagraphKind> = new Set(['heading', 'title']);

/** Every contribution of a record, in document order. */
export function contributions(record: Verslag): Contribution[] {
  const out: Contribution[] = [];
  const meeting = {
    file: record.source.path,
    date: record.meeting.date ?? null,
    meeting: record.meeting.number ?? null,
    body: record.meeting.body ?? null,
  };
  const runs = (paragraphs: Paragraph[], item: string | null, title: string | null) => {
    let run: Paragraph[] = [];
    const flush = () => {
      if (run.length > 0) out.push(contribution(meeting, item, title, run));
      run = [];
    };
    for (const p of paragraphs) {
      if (BOUNDARY.has(p.kind)) flush();
      if (!SPOKEN.has(p.kind)) continue;
      if (run.length > 0 && run[0]!.speaker?.id !== p.speaker?.id) flush();
      run.push(p);
    }
    flush();
  };
  runs(record.front, null, null);
  for (const item of record.agenda) runs(item.paragraphs, item.number, item.title);
  return out;
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
