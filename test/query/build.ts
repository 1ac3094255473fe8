import type { Paragraph, Speaker, SpeakerRef, Verslag } from '../../src/index.js';
import { pointAt, splitLines, TextBuilder } from '../../src/source/index.js';

/** A paragraph for build(): its source lines (hard-wrapped), its speaker's id, its kind. */
export interface P {
  lines: string[];
  speaker?: string;
  kind?: Paragraph['kind'];
}

export interface Built {
  record: Verslag;
  /** The source text the positions point into. */
  text: string;
}

/**
 * A small record built by hand, with a source text laid out as the parser would read it: each item
 * a `N. Title` line, each paragraph its lines, a blank line between. Wrapped lines join with a space,
 * and a line ending in a lower-case letter and `-` joins without the hyphen, so segments are real.
 */
export function build(spec: { path?: string; date?: string; speakers?: Array<Partial<Speaker> & { id: string; name: string }>; items: Array<{ number: string; title: string; paragraphs: P[] }> }): Built {
  let text = '';
  const layout: Array<{ item: number; titleAt: number; paragraphs: Array<{ p: P; starts: number[] }> }> = [];
  spec.items.forEach((item, i) => {
    const titleAt = text.length;
    text += `${item.number}. ${item.title}\n\n`;
    const paragraphs = item.paragraphs.map((p) => {
      const starts: number[] = [];
      for (const line of p.lines) {
        starts.push(text.length);
        text += line + '\n';
      }
      text += '\n';
      return { p, starts };
    });
    layout.push({ item: i, titleAt, paragraphs });
  });
  const lines = splitLines(text);
  const speakers: Speaker[] = (spec.speakers ?? []).map((s) => ({ variants: [], evidence: [], ...s }));
  const ref = (id: string | undefined): SpeakerRef | null => {
    if (id === undefined) return null;
    const s = speakers.find((x) => x.id === id)!;
    return { id, name: s.name, geleding: s.geleding ?? null, ...(s.role ? { role: s.role } : {}) };
  };
  const record: Verslag = {
    schemaVersion: 1,
    source: { path: spec.path ?? 'built.txt', sha256: '', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, format: 'text' },
    kind: 'verslag',
    meeting: { present: [], absent: [], secretariat: [], positions: {}, ...(spec.date ? { date: spec.date } : {}) },
    front: [],
    agenda: spec.items.map((item, i) => {
      const l = layout[i]!;
      return {
        number: item.number,
        title: item.title,
        refs: [],
        subitems: [],
        position: { start: pointAt(lines, l.titleAt), end: pointAt(lines, l.titleAt + item.number.length + 2 + item.title.length) },
        paragraphs: l.paragraphs.map(({ p, starts }) => {
          const b = new TextBuilder();
          p.lines.forEach((line, j) => {
            if (j > 0) {
              if (/\p{Ll}-$/u.test(b.text)) b.text = b.text.slice(0, -1);
              else b.appendSynthetic(' ');
            }
            b.append(line, starts[j]!);
          });
          const last = starts[starts.length - 1]! + p.lines[p.lines.length - 1]!.length;
          return {
            kind: p.kind ?? 'text',
            text: b.text,
            speaker: ref(p.speaker),
            position: { start: pointAt(lines, starts[0]!), end: pointAt(lines, last) },
            segments: b.segments,
          };
        }),
        decisions: [],
        actions: [],
      };
    }),
    speakers,
    diagnostics: [],
  };
  return { record, text };
}
