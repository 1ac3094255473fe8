import { findDates } from '../parse/dates.js';
import { EARLIER_MINUTES_TITLE, MEETING_WORD, ORDINAL, PUBLIC_WORD } from './lexicon.js';

export interface EarlierRef {
  date?: string;
  dateInferred?: boolean;
  number?: number;
  publicNumber?: number;
}

/**
 * Read the earlier meeting an agenda title tables: its date (the year taken from this meeting's date
 * when only "19 januari jl." is written) and, where given, its number and public number.
 * Undefined when the title is not about earlier minutes or names neither a date nor a number.
 */
export function readEarlierVerslag(title: string, meetingDate: string | undefined): EarlierRef | undefined {
  if (!EARLIER_MINUTES_TITLE.test(title)) return undefined;
  const context = meetingDate ? { year: Number(meetingDate.slice(0, 4)), before: meetingDate } : undefined;
  const dates = findDates(title, context);
  const out: EarlierRef = {};
  const date = dates[0];
  if (date) {
    out.date = date.iso;
    if (date.yearInferred) out.dateInferred = true;
  }
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(title); m; m = ORDINAL.exec(title)) {
    // An ordinal inside a date ("1e maart") belongs to the date.
    if (dates.some((d) => m!.index >= d.index && m!.index < d.index + d.length)) continue;
    const n = Number(m[1]);
    if (PUBLIC_WORD.test(title.slice(m.index + m[0].length))) out.publicNumber ??= n;
    else out.number ??= n;
  }
  if (out.date === undefined && out.number === undefined) return undefined;
  // "Verslag van de commissie Arbeidsmarkt 2019" is a report, not minutes: a meeting word or an
  // exact date must be there.
  if (!MEETING_WORD.test(title) && out.date === undefined) return undefined;
  return out;
}
