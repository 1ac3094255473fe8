import type { Paragraph, Verslag } from '../../src/index.js';
import { nameKey } from '../../src/parse/lexicon/names.js';

/** The gold annotation of one document (../shared/gold/FORMAT.md). */
export interface Gold {
  document: string;
  kind: 'verslag' | 'not-verslag';
  meta?: Record<string, unknown>;
  agenda?: Array<{ number: string; title: string; subtitle?: string; line: number; refs: string[] }>;
  decisions?: Array<{ item: string; line: number; subject: string; outcome: string; unanimous: boolean; amended: boolean }>;
  actions?: Array<{ item: string; line: number; who: string }>;
  turns?: Array<{ line: number; speaker: string | null; geleding?: string; uncertain?: boolean; also?: string[] }>;
  speakers?: Array<{ name: string; geleding?: string }>;
}

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  document: string;
  kind: { gold: string; got: string };
  meta: { fields: number; correct: number; wrong: string[] };
  agenda: Count & { wrong: string[] };
  turns: { total: number; correct: number; wrong: string[] };
  geleding: { total: number; correct: number; wrong: string[] };
  decisions: Count & { wrong: string[] };
  actions: Count & { wrong: string[] };
}

const same = (a: string, b: string) => nameKey(a) === nameKey(b);

export function score(gold: Gold, record: Verslag): Score {
  const s: Score = {
    document: gold.document,
    kind: { gold: gold.kind, got: record.kind },
    meta: { fields: 0, correct: 0, wrong: [] },
    agenda: { tp: 0, fp: 0, fn: 0, wrong: [] },
    turns: { total: 0, correct: 0, wrong: [] },
    geleding: { total: 0, correct: 0, wrong: [] },
    decisions: { tp: 0, fp: 0, fn: 0, wrong: [] },
    actions: { tp: 0, fp: 0, fn: 0, wrong: [] },
  };
  if (gold.kind !== 'verslag') return s;
  scoreMeta(gold, record, s);
  scoreAgenda(gold, record, s);
  scoreTurns(gold, record, s);
  scoreDecisions(gold, record, s);
  scoreActions(gold, record, s);
  return s;
}

function scoreMeta(gold: Gold, record: Verslag, s: Score): void {
  const m = record.meeting;
  for (const [key, want] of Object.entries(gold.meta ?? {})) {
    s.meta.fields++;
    let got: unknown;
    if (key === 'chair') got = m.chair?.name;
    else if (key === 'present' || key === 'absent') got = m[key].map((p) => p.name);
    else got = (m as Record<string, unknown>)[key];
    const ok = Array.isArray(want)
      ? Array.isArray(got) && got.length === want.length && want.every((w, i) => same(String(w), String(got[i])))
      : typeof want === 'string' && typeof got === 'string'
        ? same(want, got)
        : String(want) === String(got);
    if (ok) s.meta.correct++;
    else s.meta.wrong.push(`meta.${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
}

function scoreAgenda(gold: Gold, record: Verslag, s: Score): void {
  const got = record.agenda.map((i) => ({ number: i.number, title: i.title, subtitle: i.subtitle, refs: i.refs, line: i.position.start.line }));
  const key = (i: { number: string; title: string; refs: string[]; line: number; subtitle?: string | undefined }) =>
    JSON.stringify([i.number, i.title, i.refs, i.line, i.subtitle ?? null]);
  const gotKeys = new Set(got.map(key));
  const goldKeys = new Set((gold.agenda ?? []).map(key));
  for (const g of gold.agenda ?? []) {
    if (gotKeys.has(key(g))) s.agenda.tp++;
    else {
      s.agenda.fn++;
      s.agenda.wrong.push(`agenda line ${g.line}: want ${key(g)}, got ${JSON.stringify(got.find((x) => x.line === g.line) ?? null)}`);
    }
  }
  for (const g of got) if (!goldKeys.has(key(g))) s.agenda.fp++;
}

function paragraphsByLine(record: Verslag): Map<number, { p: Paragraph; item: string }> {
  const map = new Map<number, { p: Paragraph; item: string }>();
  for (const p of record.front) map.set(p.position.start.line, { p, item: '' });
  for (const item of record.agenda) for (const p of item.paragraphs) map.set(p.position.start.line, { p, item: item.number });
  return map;
}

function speakerMatches(want: string | null, p: Paragraph | undefined, record: Verslag): boolean {
  const got = p?.speaker ?? null;
  if (want === null) return got === null;
  if (!got) return false;
  if (want === 'voorzitter') return got.role === 'chair' || (!!record.meeting.chair && same(got.name, record.meeting.chair.name));
  return same(want, got.name);
}

function scoreTurns(gold: Gold, record: Verslag, s: Score): void {
  const byLine = paragraphsByLine(record);
  for (const t of gold.turns ?? []) {
    if (t.uncertain) continue;
    s.turns.total++;
    const p = byLine.get(t.line)?.p;
    if (speakerMatches(t.speaker, p, record)) s.turns.correct++;
    else {
      const got = p ? (p.speaker ? `${p.speaker.name}${p.speaker.role ? ` (${p.speaker.role})` : ''}` : 'null') : 'no paragraph starts here';
      s.turns.wrong.push(`line ${t.line}: want ${t.speaker ?? 'null'}, got ${got}${p?.attribution ? ` [${p.attribution}]` : ''} — ${(p?.text ?? '').slice(0, 70)}`);
    }
  }
  for (const g of gold.speakers ?? []) {
    if (!g.geleding) continue;
    s.geleding.total++;
    const sp = record.speakers.find((x) => same(x.name, g.name));
    if (sp?.geleding === g.geleding) s.geleding.correct++;
    else s.geleding.wrong.push(`speaker ${g.name}: want ${g.geleding}, got ${sp ? (sp.geleding ?? 'none') : 'not a speaker'}`);
  }
}

function scoreDecisions(gold: Gold, record: Verslag, s: Score): void {
  const got = record.agenda.flatMap((i) => i.decisions.map((d) => ({ item: i.number, d, used: false })));
  for (const g of gold.decisions ?? []) {
    const hit = got.find((x) => !x.used && x.item === g.item && g.line >= x.d.position.start.line && g.line <= x.d.position.end.line);
    if (!hit) {
      s.decisions.fn++;
      s.decisions.wrong.push(`decision line ${g.line} (item ${g.item}): not found`);
      continue;
    }
    hit.used = true;
    const diffs = (['subject', 'outcome', 'unanimous', 'amended'] as const).filter((k) => String(g[k]) !== String(hit.d[k]));
    if (diffs.length === 0) s.decisions.tp++;
    else {
      s.decisions.fp++;
      s.decisions.fn++;
      s.decisions.wrong.push(`decision line ${g.line}: ${diffs.map((k) => `${k} want ${g[k]} got ${hit.d[k]}`).join(', ')}`);
    }
  }
  for (const x of got) if (!x.used) {
    s.decisions.fp++;
    s.decisions.wrong.push(`decision line ${x.d.position.start.line} (item ${x.item}): not in gold — ${x.d.text.slice(0, 60)}`);
  }
}

function scoreActions(gold: Gold, record: Verslag, s: Score): void {
  const got = record.agenda.flatMap((i) => i.actions.map((a) => ({ item: i.number, a, used: false })));
  for (const g of gold.actions ?? []) {
    const hit = got.find((x) => !x.used && x.item === g.item && g.line >= x.a.position.start.line && g.line <= x.a.position.end.line && same(x.a.who, g.who));
    if (hit) {
      hit.used = true;
      s.actions.tp++;
    } else {
      s.actions.fn++;
      s.actions.wrong.push(`action line ${g.line} (item ${g.item}, ${g.who}): not found`);
    }
  }
  for (const x of got) if (!x.used) {
    s.actions.fp++;
    s.actions.wrong.push(`action line ${x.a.position.start.line} (item ${x.item}, ${x.a.who}): not in gold — ${x.a.text.slice(0, 60)}`);
  }
}

export const precision = (c: Count) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Count) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
