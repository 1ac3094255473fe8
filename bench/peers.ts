// Peer parsers on the same bytes, against the same floor: what the 1/4 target asks of a parser in
// JavaScript. markdown-it and commonmark.js are the two common, long-tuned Markdown parsers; on
// plain text they find the paragraphs and read their inline content, and nothing more. verslag
// does that and then reads header, agenda, speakers, decisions and actions. Reference only: no
// verdict hangs on these rows.
import { Parser as CommonmarkParser } from 'commonmark';
import MarkdownIt from 'markdown-it';
import { fmt, fmtStats, rate, stats, timeInterleaved } from './util.js';

const LINE = /\r\n|\r|\n/;

export interface PeerRow {
  name: string;
  rate: ReturnType<typeof rate>;
  ofFloor: number;
}

/** Floor, the peers and verslag's parse, interleaved over `docs`; rates in MB/s. */
export function measurePeers(docs: Buffer[], parse: (d: Buffer) => number, runs: number): PeerRow[] {
  const markdownIt = new MarkdownIt();
  const commonmark = new CommonmarkParser();
  const fns: Array<[string, (d: Buffer) => number]> = [
    ['floor', (d) => d.toString('utf8').split(LINE).length],
    ['markdown-it 14: parse to tokens', (d) => markdownIt.parse(d.toString('utf8'), {}).length],
    ['commonmark.js 0.31: parse to an AST', (d) => (commonmark.parse(d.toString('utf8')).firstChild ? 1 : 0)],
    ['verslag: parse, every stage', parse],
  ];
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  const times = timeInterleaved(
    fns.map(([, fn]) => () => {
      let n = 0;
      for (const d of docs) n += fn(d);
      return n;
    }),
    runs,
  );
  const rates = times.map((ms) => rate(bytes, stats(ms)));
  const floor = rates[0]!.median;
  return fns.map(([name], i) => ({ name, rate: rates[i]!, ofFloor: rates[i]!.median / floor }));
}

/** One row per parser, two columns (MB/s, share of the floor) per input. */
export function peerTable(inputs: Array<{ label: string; rows: PeerRow[] }>): string[][] {
  const head = ['parser', ...inputs.flatMap((i) => [`${i.label} MB/s`, 'of the floor'])];
  const names = inputs[0]?.rows.map((r) => r.name) ?? [];
  return [
    head,
    ...names.map((name, k) => [name, ...inputs.flatMap((i) => [fmtStats(i.rows[k]!.rate), share(i.rows[k]!.ofFloor)])]),
  ];
}

function share(ofFloor: number): string {
  return ofFloor >= 1 ? '1' : `1/${fmt(1 / ofFloor)}`;
}
