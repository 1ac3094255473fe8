import { escapeForTerminal } from '../../report/terminal.js';
import { fold } from '../fold.js';
import type { QueryHit } from '../types.js';

interface SpeakerTally {
  name: string;
  geledingen: Set<string>;
  hits: number;
  words: number;
}

interface GeledingTally {
  geleding: string;
  speakers: Set<string>;
  hits: number;
  words: number;
}

/** Hits and words per speaker and per geleding. Grows with the people, not with the archive. */
export class Tally {
  private readonly speakers = new Map<string, SpeakerTally>();
  private readonly geledingen = new Map<string, GeledingTally>();

  add(hit: QueryHit): void {
    const name = hit.speaker?.name ?? NOBODY;
    const geleding = hit.speaker?.geleding ?? NONE;
    const key = fold(name);
    const s = this.speakers.get(key) ?? { name, geledingen: new Set<string>(), hits: 0, words: 0 };
    s.hits++;
    s.words += hit.words;
    if (hit.speaker?.geleding) s.geledingen.add(hit.speaker.geleding);
    this.speakers.set(key, s);
    const g = this.geledingen.get(geleding) ?? { geleding, speakers: new Set<string>(), hits: 0, words: 0 };
    g.hits++;
    g.words += hit.words;
    g.speakers.add(key);
    this.geledingen.set(geleding, g);
  }

  get empty(): boolean {
    return this.speakers.size === 0;
  }

  /** Rows, most words first (then by name, so the order is stable). */
  speakerRows(): Array<{ speaker: string; geleding: string; hits: number; words: number }> {
    return [...this.speakers.values()]
      .map((s) => ({ speaker: s.name, geleding: [...s.geledingen].sort().join('/') || NONE, hits: s.hits, words: s.words }))
      .sort((a, b) => b.words - a.words || a.speaker.localeCompare(b.speaker));
  }

  geledingRows(): Array<{ geleding: string; speakers: number; hits: number; words: number }> {
    return [...this.geledingen.values()]
      .map((g) => ({ geleding: g.geleding, speakers: g.speakers.size, hits: g.hits, words: g.words }))
      .sort((a, b) => b.words - a.words || a.geleding.localeCompare(b.geleding));
  }
}

const NOBODY = '(nobody)';
const NONE = '-';

/** The two tables as aligned text; `unit` names what was counted ("contributions", "paragraphs"). */
export function formatTally(tally: Tally, unit: string): string {
  const speakers = table(
    ['speaker', 'geleding', unit, 'words'],
    tally.speakerRows().map((r) => [r.speaker, r.geleding, r.hits, r.words]),
  );
  const geledingen = table(
    ['geleding', 'speakers', unit, 'words'],
    tally.geledingRows().map((r) => [r.geleding, r.speakers, r.hits, r.words]),
  );
  return `${speakers}\n${geledingen}`;
}

/** Columns padded to their widest cell; numbers right-aligned; names escaped for the terminal. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map((c) => escapeForTerminal(String(c))))];
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}
