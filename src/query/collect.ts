import type { AgendaItem, Paragraph, Speaker, SpeakerRef, Verslag } from '../model/index.js';
import { speakerRuns as contributions } from '../records/runs.js';
import type { CompiledQuery } from './filters.js';
import { countWords, fold } from './fold.js';
import { type HitScope, hitSpeaker, makeHit as makeScopedHit } from './hit.js';
import type { Locate } from './locate.js';
import { paragraphPart, sentencePart } from './parts.js';
import type { ContextParagraph, HitPart, HitSpeaker, QueryHit } from './types.js';

/** What the producers of one record share. */
export interface RecordScope {
  record: Verslag;
  query: CompiledQuery;
  /** Called only once a match needs a point, so a record with no match costs no line table. */
  locate: () => Locate;
  context: number;
  speakers: Map<string, Speaker>;
}

export function scopeOf(record: Verslag, query: CompiledQuery, locate: () => Locate, context: number): RecordScope {
  return { record, query, locate, context, speakers: new Map(record.speakers.map((s) => [s.id, s])) };
}

/** Every hit of the query's kind in one record, in document order. */
export function collect(scope: RecordScope): QueryHit[] {
  if (!scope.query.dateOk(scope.record)) return [];
  switch (scope.query.kind) {
    case 'paragraph':
      return paragraphHits(scope);
    case 'contribution':
      return contributionHits(scope);
    case 'decision':
      return decisionHits(scope);
    case 'action':
      return actionHits(scope);
    case 'speaker':
      return speakerHits(scope);
  }
}

function groups(record: Verslag): Array<[AgendaItem | null, Paragraph[]]> {
  return [[null, record.front], ...record.agenda.map((i): [AgendaItem, Paragraph[]] => [i, i.paragraphs])];
}

function paragraphHits(scope: RecordScope): QueryHit[] {
  const out: QueryHit[] = [];
  for (const [item, paragraphs] of groups(scope.record)) {
    if (!scope.query.itemOk(item)) continue;
    paragraphs.forEach((p, index) => {
      if (!refOk(scope, p.speaker)) return;
      const hit = makeHit(scope, 'paragraph', item, hitSpeaker(p.speaker), [paragraphPart(p)], p.position);
      if (hit) out.push(withContext(scope, hit, paragraphs, index, index));
    });
  }
  return out;
}

function contributionHits(scope: RecordScope): QueryHit[] {
  const out: QueryHit[] = [];
  for (const c of contributions(scope.record)) {
    if (!scope.query.itemOk(c.item)) continue;
    const first = c.paragraphs[0]!;
    // Runs of narration are contributions too (speaker null): found by text, left out by a speaker filter.
    if (!refOk(scope, first.speaker)) continue;
    const hit = makeHit(scope, 'contribution', c.item, hitSpeaker(first.speaker), c.paragraphs.map(paragraphPart), first.position);
    if (!hit) continue;
    const paragraphs = c.item ? c.item.paragraphs : scope.record.front;
    out.push(withContext(scope, hit, paragraphs, c.indices[0]!, c.indices[c.indices.length - 1]!));
  }
  return out;
}

function decisionHits(scope: RecordScope): QueryHit[] {
  // Decisions are nobody's words: a speaker or geleding filter leaves none.
  if (scope.query.speakerOk) return [];
  const out: QueryHit[] = [];
  for (const item of scope.record.agenda) {
    if (!scope.query.itemOk(item)) continue;
    for (const d of item.decisions) {
      const hit = makeHit(scope, 'decision', item, null, [sentencePart('decision', d.text, d.position, item)], d.position);
      if (!hit) continue;
      hit.decision = { subject: d.subject, outcome: d.outcome, unanimous: d.unanimous, amended: d.amended, ...(d.votes ? { votes: d.votes } : {}) };
      out.push(hit);
    }
  }
  return out;
}

function actionHits(scope: RecordScope): QueryHit[] {
  const out: QueryHit[] = [];
  for (const item of scope.record.agenda) {
    if (!scope.query.itemOk(item)) continue;
    for (const a of item.actions) {
      const speaker = (a.speakerId !== undefined ? scope.speakers.get(a.speakerId) : undefined) ?? speakerNamed(scope, a.who);
      if (scope.query.speakerOk && !(speaker && scope.query.speakerOk(speaker))) continue;
      const hs: HitSpeaker | null = speaker ? { id: speaker.id, name: speaker.name, geleding: speaker.geleding ?? null, ...(speaker.role ? { role: speaker.role } : {}) } : null;
      const hit = makeHit(scope, 'action', item, hs, [sentencePart('action', a.text, a.position, item)], a.position);
      if (!hit) continue;
      hit.action = { who: a.who };
      out.push(hit);
    }
  }
  return out;
}

function speakerHits(scope: RecordScope): QueryHit[] {
  const { query, record } = scope;
  const out: QueryHit[] = [];
  const all = contributions(record).filter((c) => query.itemOk(c.item));
  for (const speaker of record.speakers) {
    if (query.speakerOk && !query.speakerOk(speaker)) continue;
    const mine = all.filter((c) => c.paragraphs[0]!.speaker?.id === speaker.id);
    if (mine.length === 0) continue;
    const paragraphs = mine.flatMap((c) => c.paragraphs);
    const tally = { contributions: mine.length, paragraphs: paragraphs.length, words: paragraphs.reduce((n, p) => n + countWords(p.text), 0) };
    // With a pattern the hit shows the speaker's paragraphs that match; without, only the tally.
    const parts = query.find ? paragraphs.filter((p) => query.find!(p.text).length > 0).map(paragraphPart) : [];
    const position = speaker.position ?? paragraphs[0]!.position;
    const single = mine.length === 1 ? mine[0]!.item : null;
    const item = single ?? (mine.every((c) => c.item === mine[0]!.item) ? mine[0]!.item : null);
    const hs: HitSpeaker = { id: speaker.id, name: speaker.name, geleding: speaker.geleding ?? null, ...(speaker.role ? { role: speaker.role } : {}) };
    const hit = makeHit(scope, 'speaker', item, hs, parts, position);
    if (!hit) continue;
    hit.tally = tally;
    out.push(hit);
  }
  return out;
}

function makeHit(scope: RecordScope, kind: QueryHit['kind'], item: AgendaItem | null, speaker: HitSpeaker | null, parts: HitPart[], fallback: Paragraph['position']): QueryHit | undefined {
  const hitScope: HitScope = { path: scope.record.source.path, date: scope.record.meeting.date ?? null, find: scope.query.find, locate: scope.locate };
  return makeScopedHit(hitScope, kind, item, speaker, parts, fallback);
}

function withContext(scope: RecordScope, hit: QueryHit, paragraphs: Paragraph[], first: number, last: number): QueryHit {
  if (scope.context <= 0) return hit;
  const show = (p: Paragraph): ContextParagraph => ({ kind: p.kind, text: p.text, position: p.position, speaker: hitSpeaker(p.speaker) });
  hit.context = {
    before: paragraphs.slice(Math.max(0, first - scope.context), first).map(show),
    after: paragraphs.slice(last + 1, last + 1 + scope.context).map(show),
  };
  return hit;
}

/** Does the paragraph's speaker pass the speaker and geleding filters (if any)? */
function refOk(scope: RecordScope, ref: SpeakerRef | null): boolean {
  const ok = scope.query.speakerOk;
  if (!ok) return true;
  if (!ref) return false;
  const known = scope.speakers.get(ref.id);
  const geleding = ref.geleding ?? known?.geleding;
  return ok({ name: ref.name, variants: known?.variants ?? [], ...(ref.role ? { role: ref.role } : known?.role ? { role: known.role } : {}), ...(geleding ? { geleding } : {}) });
}

/** The speaker an action's `who` names, when the action carries no speaker id. */
function speakerNamed(scope: RecordScope, who: string): Speaker | undefined {
  const key = fold(who);
  for (const s of scope.record.speakers) if (fold(s.name) === key || s.variants.some((v) => fold(v) === key)) return s;
  return undefined;
}
