import type { AgendaItem, Speaker, Verslag } from '../model/index.js';
import { QueryError } from './errors.js';
import { fold } from './fold.js';
import { compilePatterns, type Finder } from './pattern.js';
import { speakerMatcher } from './speaker-match.js';
import { QUERY_KINDS, type QueryFilters, type QueryKind } from './types.js';

/** What the item filter reads of an agenda item (the query index keeps only this). */
export type ItemKey = Pick<AgendaItem, 'number' | 'printedNumber' | 'title' | 'subtitle'>;

/** The filters checked and turned into predicates once, then applied to every record. */
export interface CompiledQuery {
  kind: QueryKind;
  /** Does the record's meeting date lie in the range? (Only the date is read.) */
  dateOk: (record: { meeting: Pick<Verslag['meeting'], 'date'> }) => boolean;
  /** Does the item pass the item filter? (`null` = the front matter, before the first item.) */
  itemOk: (item: ItemKey | null) => boolean;
  /** Does a speaker pass the speaker and geleding filters? Undefined when neither is given. */
  speakerOk?: (speaker: Pick<Speaker, 'name' | 'variants' | 'role' | 'geleding'>) => boolean;
  find?: Finder;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ITEM_NUMBER = /^\d+[a-z]?$/i;

export function compileQuery(filters: QueryFilters = {}): CompiledQuery {
  const kind = filters.kind ?? 'contribution';
  if (!(QUERY_KINDS as readonly string[]).includes(kind)) throw new QueryError(`unknown kind "${kind}" (one of ${QUERY_KINDS.join(', ')})`);
  const from = filters.from !== undefined ? isoBound(filters.from, 'from') : undefined;
  const to = filters.to !== undefined ? isoBound(filters.to, 'to') : undefined;
  const compiled: CompiledQuery = {
    kind,
    dateOk: (record) => {
      if (from === undefined && to === undefined) return true;
      const date = record.meeting.date;
      // A meeting without a date can't be shown to lie in a range, so a range leaves it out.
      if (date === undefined) return false;
      return (from === undefined || date >= from) && (to === undefined || date <= to);
    },
    itemOk: itemPredicate(filters.item),
  };
  const bySpeaker = filters.speaker !== undefined ? speakerMatcher(filters.speaker) : undefined;
  const geleding = filters.geleding !== undefined ? fold(filters.geleding) : undefined;
  if (bySpeaker || geleding !== undefined) {
    compiled.speakerOk = (s) => (!bySpeaker || bySpeaker(s)) && (geleding === undefined || (s.geleding !== undefined && fold(s.geleding) === geleding));
  }
  const find = compilePatterns(filters.patterns ?? [], filters);
  if (find) compiled.find = find;
  return compiled;
}

/** yyyy, yyyy-mm or yyyy-mm-dd → the first (from) or last (to) day it covers, as ISO text. */
function isoBound(value: string, which: 'from' | 'to'): string {
  const m = DATE.exec(value.trim());
  if (!m) throw new QueryError(`--${which} ${JSON.stringify(value)} is not a date (write yyyy, yyyy-mm or yyyy-mm-dd)`);
  const [, y, mo, d] = m;
  // Dates compare as text; day 31 of a short month still sorts after every real day in it.
  if (which === 'from') return `${y}-${mo ?? '01'}-${d ?? '01'}`;
  return `${y}-${mo ?? '12'}-${d ?? '31'}`;
}

function itemPredicate(item: string | undefined): (item: ItemKey | null) => boolean {
  if (item === undefined) return () => true;
  const wanted = item.trim().replace(/\.$/, '');
  if (ITEM_NUMBER.test(wanted)) {
    const number = wanted.toLowerCase();
    return (i) => i !== null && (i.number.toLowerCase() === number || i.printedNumber?.toLowerCase() === number);
  }
  const words = fold(wanted);
  return (i) => i !== null && fold(`${i.title} ${i.subtitle ?? ''}`).includes(words);
}
