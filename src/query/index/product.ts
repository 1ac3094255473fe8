import type { Paragraph, Speaker, SpeakerRef, Verslag } from '../../model/index.js';
import { speakerRuns } from '../../records/runs.js';
import { splitLines } from '../../source/index.js';
import type { ItemKey } from '../filters.js';
import { hitSpeaker } from '../hit.js';
import { type IndexedFile, type IndexedRef, KINDS, NUMS_HEAD, UNIT_FIELDS, UNIT_SEPARATOR } from './layout.js';

/**
 * The query index's product (see src/archive/product.ts; shaped like one without importing it, as
 * the archive layer sits above this one): what the index keeps of a file, made from its record on a
 * worker thread. Nothing in it depends on the file's path.
 */
export const queryIndexProduct = {
  id: 'query-index@2',
  make: (record: Verslag, _config: unknown, source: { text(): string }): IndexedFile => indexFile(record, source.text()),
  withPath: (value: IndexedFile): IndexedFile => value,
};

const KIND_CODE = new Map<string, number>(KINDS.map((k, i) => [k, i]));

export function indexFile(record: Verslag, sourceText: string): IndexedFile {
  const groups: Array<[number, Paragraph[]]> = [[-1, record.front], ...record.agenda.map((item, i): [number, Paragraph[]] => [i, item.paragraphs])];
  const runOf = new Map<Paragraph, number>();
  speakerRuns(record).forEach((run, r) => run.paragraphs.forEach((p) => runOf.set(p, r)));
  const speakers = new Map<string, Speaker>(record.speakers.map((s) => [s.id, s]));
  const refs: IndexedRef[] = [];
  const refIndex = new Map<string, number>();
  const refOf = (ref: SpeakerRef | null): number => {
    if (!ref) return -1;
    const key = JSON.stringify([ref.id, ref.name, ref.geleding, ref.role ?? null]);
    let at = refIndex.get(key);
    if (at === undefined) {
      at = refs.length;
      refIndex.set(key, at);
      refs.push({ speaker: hitSpeaker(ref)!, filter: filterView(ref, speakers.get(ref.id)) });
    }
    return at;
  };

  const units: number[] = [];
  const segments: number[] = [];
  let text = '';
  let count = 0;
  for (const [group, paragraphs] of groups) {
    for (const p of paragraphs) {
      const kind = KIND_CODE.get(p.kind);
      if (kind === undefined) throw new Error(`query index: paragraph kind ${p.kind} has no code (add it to KINDS)`);
      if (count > 0) text += UNIT_SEPARATOR;
      const { start, end } = p.position;
      // In the order of F in layout.ts.
      units.push(text.length, p.text.length, kind, group, runOf.get(p) ?? -1, refOf(p.speaker));
      units.push(start.line, start.column, start.offset, end.line, end.column, end.offset, segments.length / 2, p.segments.length);
      for (const [t, s] of p.segments) segments.push(t, s);
      text += p.text;
      count++;
    }
  }
  const starts = splitLines(sourceText).starts;
  const nums = [count, segments.length / 2, starts.length, record.agenda.length, refs.length, ...units, ...segments, ...starts];
  if (units.length !== count * UNIT_FIELDS || nums.length !== NUMS_HEAD + units.length + segments.length + starts.length) throw new Error('query index: unit layout');
  const items: ItemKey[] = record.agenda.map((i) => ({
    number: i.number,
    title: i.title,
    ...(i.printedNumber !== undefined ? { printedNumber: i.printedNumber } : {}),
    ...(i.subtitle !== undefined ? { subtitle: i.subtitle } : {}),
  }));
  const packed = Buffer.alloc(4 * nums.length);
  nums.forEach((n, i) => packed.writeInt32LE(n, 4 * i));
  return { sha256: record.source.sha256, date: record.meeting.date ?? null, text, nums: packed.toString('base64'), details: { items, refs } };
}

/** The speaker as the speaker and geleding filters see a paragraph's reference (collect.ts refOk). */
function filterView(ref: SpeakerRef, known: Speaker | undefined): IndexedRef['filter'] {
  const geleding = ref.geleding ?? known?.geleding;
  const role = ref.role ?? known?.role;
  return { name: ref.name, variants: known?.variants ?? [], ...(role ? { role } : {}), ...(geleding ? { geleding } : {}) };
}
