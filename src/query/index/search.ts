import type { CompiledQuery } from '../filters.js';
import { type HitScope, makeHit } from '../hit.js';
import { type Locate, makeLocateByStarts } from '../locate.js';
import type { ContextParagraph, HitPart, QueryHit } from '../types.js';
import { DamagedIndexError } from './damaged.js';
import { F, KINDS } from './layout.js';
import { IndexedPart } from './part.js';
import { field, type FileView, lineStarts, positionOf, STALE_VIEW, unitCount } from './view.js';

/** The kinds of hit the index answers: those made of paragraphs. */
export function indexAnswers(query: CompiledQuery): boolean {
  return query.kind === 'paragraph' || query.kind === 'contribution';
}

/**
 * The hits of one indexed file: the same, in the same order, as queryRecord gives for its record
 * (collect.ts), for the paragraph and contribution kinds. With a pattern whose matches depend only
 * on the text they cover (Finder.local), one pass over the file's joined text finds the paragraphs
 * that can match, and only those are searched one by one; a file without a match stops there.
 * `known`: where each of requiredNeedles(query) first occurs in a Latin-1 text, or -1, when the
 * caller has already looked (StoredIndex.firstsIn).
 */
export function searchIndexed(view: FileView, path: string, query: CompiledQuery, context: number, known?: readonly number[]): QueryHit[] {
  if (!indexAnswers(query)) throw new Error(`the query index does not answer --kind ${query.kind}`);
  if (!query.dateOk({ meeting: view.date === null ? {} : { date: view.date } })) return [];
  const find = query.find;
  // Most files of an archive have no match for a plain string: their numbers are not even read.
  // Where each string first occurs is kept, so the marking below goes on from there.
  const needles = find?.literals && !view.utf16 ? needlesOf(find.literals) : undefined;
  const firsts = needles && (known ?? needles.map((needle) => view.bytes.indexOf(needle)));
  if (firsts && firsts.every((at) => at < 0)) return [];
  const nums = view.nums;
  const units = unitCount(nums);
  let marks: Uint8Array | undefined;
  if (find?.local) {
    marks = needles && firsts ? markLiterals(view.bytes, nums, units, needles, firsts) : markUnits(view.text(), nums, units, find.regex);
    if (!marks) return [];
  }
  const file = new FileHits(view, path, query, context, units);
  return query.kind === 'paragraph' ? file.paragraphs(marks) : file.contributions(marks);
}

/**
 * The strings, as Latin-1 bytes, of which a Latin-1 file must hold one to have a hit (searchIndexed
 * answers none for a file without), or undefined when the query has no such strings.
 */
export function requiredNeedles(query: CompiledQuery): readonly Buffer[] | undefined {
  const literals = indexAnswers(query) ? query.find?.literals : undefined;
  return literals ? needlesOf(literals) : undefined;
}

/**
 * Units where a match of `regex` starts in the joined text, or undefined when there is none. After a
 * match the search goes on at the next unit, so a match that runs on over the separator can't hide
 * one in the unit after it; for a local expression every unit with a match on its own is marked
 * (some marked ones may have none on their own: the exact search decides).
 */
function markUnits(text: string, nums: Int32Array, units: number, regex: RegExp): Uint8Array | undefined {
  let marks: Uint8Array | undefined;
  let u = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    while (u + 1 < units && field(nums, u + 1, F.textStart) <= m.index) u++;
    if (m.index < field(nums, u, F.textStart) + field(nums, u, F.textLength)) (marks ??= new Uint8Array(units))[u] = 1;
    if (u + 1 >= units) break;
    regex.lastIndex = field(nums, u + 1, F.textStart);
  }
  return marks;
}

/**
 * The same for plain strings over Latin-1 text, searched as bytes (`firsts`: where each first
 * occurs, or -1): nothing is decoded for a file without a match. A string with a character beyond Latin-1 can't be in such a text. A string has no
 * line break (Finder.literals), so an occurrence lies within one unit.
 */
function markLiterals(bytes: Buffer, nums: Int32Array, units: number, needles: readonly Buffer[], firsts: readonly number[]): Uint8Array | undefined {
  let marks: Uint8Array | undefined;
  for (const [k, needle] of needles.entries()) {
    let u = 0;
    for (let at = firsts[k]!; at >= 0; at = bytes.indexOf(needle, at + 1)) {
      while (u + 1 < units && field(nums, u + 1, F.textStart) <= at) u++;
      if (at + needle.length <= field(nums, u, F.textStart) + field(nums, u, F.textLength)) (marks ??= new Uint8Array(units))[u] = 1;
    }
  }
  return marks;
}

/** The first unit from `u` on that `marks` marks (every unit without marks), or `units`. */
function nextMarked(marks: Uint8Array | undefined, u: number, units: number): number {
  if (marks) while (u < units && marks[u] !== 1) u++;
  return u;
}

const needles = new WeakMap<readonly string[], Buffer[]>();

/** The strings as Latin-1 bytes, made once per query; one with a character beyond Latin-1 can't occur. */
function needlesOf(literals: readonly string[]): Buffer[] {
  let made = needles.get(literals);
  if (!made) needles.set(literals, (made = literals.filter((l) => !/[\u0100-\uffff]/.test(l)).map((l) => Buffer.from(l, 'latin1'))));
  return made;
}

/** The hits of one file, built from its units as collect.ts builds them from paragraphs. */
class FileHits {
  private readonly scope: HitScope;
  /** The file's numbers: read while the view is valid (store.ts); a lazy hit checks before it reads them. */
  private readonly nums: Int32Array;

  constructor(
    private readonly view: FileView,
    path: string,
    private readonly query: CompiledQuery,
    private readonly context: number,
    private readonly units: number,
  ) {
    const nums = (this.nums = view.nums);
    let locate: Locate | undefined;
    const located = () => {
      if (!view.valid()) throw new Error(STALE_VIEW);
      return (locate ??= makeLocateByStarts(lineStarts(nums)));
    };
    this.scope = { path, date: view.date, find: query.find, locate: located, lazy: true };
  }

  /** `marks`: the units that can match (1), or undefined for every unit. */
  paragraphs(marks: Uint8Array | undefined): QueryHit[] {
    const out: QueryHit[] = [];
    for (let u = nextMarked(marks, 0, this.units); u < this.units; u = nextMarked(marks, u + 1, this.units)) {
      const group = field(this.nums, u, F.group);
      if (!this.itemOk(group) || !this.refOk(u)) continue;
      const part = this.part(u);
      // The part's own position as the fallback: the span of one part is its position (spanOf).
      const hit = makeHit(this.scope, 'paragraph', this.item(group), this.speaker(u), [part], part.position);
      if (hit) out.push(this.withContext(hit, u, u));
    }
    return out;
  }

  contributions(marks: Uint8Array | undefined): QueryHit[] {
    const out: QueryHit[] = [];
    const nums = this.nums;
    const units = this.units;
    // Runs never interleave: a run's paragraphs come before the next run's (records/runs.ts), with
    // only paragraphs of no run (headings, tables, …) between them. A run is only gathered when one
    // of its paragraphs can match: found from that paragraph, so the units of a file with a few
    // marked ones are not walked one by one.
    for (let u = nextMarked(marks, 0, units); u < units; u = nextMarked(marks, u, units)) {
      const r = field(nums, u, F.run);
      if (r < 0) {
        u++;
        continue;
      }
      // Back to the run's first paragraph, and on to the next run's first.
      let start = u;
      for (let v = u - 1; v >= 0; v--) {
        const other = field(nums, v, F.run);
        if (other === r) start = v;
        else if (other >= 0) break;
      }
      let end = u + 1;
      while (end < units) {
        const next = field(nums, end, F.run);
        if (next >= 0 && next !== r) break;
        end++;
      }
      const run: number[] = [];
      for (let v = start; v < end; v++) if (field(nums, v, F.run) === r) run.push(v);
      const hit = this.contribution(run);
      if (hit) out.push(hit);
      u = end;
    }
    return out;
  }

  private contribution(run: number[]): QueryHit | undefined {
    const first = run[0]!;
    const group = field(this.nums, first, F.group);
    if (!this.itemOk(group) || !this.refOk(first)) return undefined;
    const parts = run.map((u) => this.part(u));
    // A run has a paragraph, so spanOf never falls back: the first part's position saves making one.
    const hit = makeHit(this.scope, 'contribution', this.item(group), this.speaker(first), parts, parts[0]!.position);
    return hit && this.withContext(hit, first, run[run.length - 1]!);
  }

  private itemOk(group: number): boolean {
    return this.query.itemOk(group < 0 ? null : this.itemKey(group));
  }

  private itemKey(group: number) {
    return this.view.item(group);
  }

  private item(group: number): { number: string; title: string } | null {
    return group < 0 ? null : this.itemKey(group);
  }

  private ref(u: number) {
    const r = field(this.nums, u, F.ref);
    return r < 0 ? undefined : this.view.ref(r);
  }

  private refOk(u: number): boolean {
    const ok = this.query.speakerOk;
    if (!ok) return true;
    const ref = this.ref(u);
    return ref !== undefined && ok(ref.filter);
  }

  private speaker(u: number) {
    return this.ref(u)?.speaker ?? null;
  }

  private unitText(u: number): string {
    const start = field(this.nums, u, F.textStart);
    const length = field(this.nums, u, F.textLength);
    if (start < 0 || length < 0 || (start + length) * (this.view.utf16 ? 2 : 1) > this.view.bytes.length) throw new DamagedIndexError('text out of range');
    return this.view.slice(start, length);
  }

  private kind(u: number): (typeof KINDS)[number] {
    const kind = KINDS[field(this.nums, u, F.kind)];
    if (kind === undefined) throw new DamagedIndexError('unknown paragraph kind');
    return kind;
  }

  private part(u: number): HitPart {
    return new IndexedPart(this.kind(u), this.unitText(u), this.nums, u, this.view);
  }

  /** As collect.ts withContext: neighbouring paragraphs of the same group. */
  private withContext(hit: QueryHit, first: number, last: number): QueryHit {
    if (this.context <= 0) return hit;
    const nums = this.nums;
    const group = field(nums, first, F.group);
    const show = (u: number): ContextParagraph => ({ kind: this.kind(u), text: this.unitText(u), position: positionOf(nums, u), speaker: this.speaker(u) });
    const before: ContextParagraph[] = [];
    for (let u = first - 1; u >= 0 && u >= first - this.context && field(nums, u, F.group) === group; u--) before.unshift(show(u));
    const after: ContextParagraph[] = [];
    for (let u = last + 1; u < this.units && u <= last + this.context && field(nums, u, F.group) === group; u++) after.push(show(u));
    hit.context = { before, after };
    return hit;
  }
}
