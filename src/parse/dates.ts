import { MONTHS, WEEKDAYS } from './lexicon/structure.js';

/** A date read from Dutch text, with what was written and whether the year was inferred. */
export interface DateMatch {
  iso: string;
  weekday?: string;
  /** True when the weekday as written does not fall on the date. */
  weekdayMismatch?: boolean;
  yearInferred: boolean;
  index: number;
  length: number;
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).join('|');
// "vrijdag 19 juni 2020", "16 februari 2018", "19 januari jl.", "13-april-2023"
// The match starts at the day number, so the engine skips every position without a digit; a
// weekday before it is looked for afterwards (an optional leading group made this the slowest
// regex of a parse).
const WRITTEN = new RegExp(
  String.raw`\b(\d{1,2})(?:e|ste|de)?[\s-]+(${MONTH_NAMES})\.?(?:[\s-]+(\d{4})\b|\s+(jl|j\.l|jongstleden)\b\.?)?`,
  'giu',
);
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(${WEEKDAY_NAMES})\s+$`, 'i');
// "30-11-2022", "24/11/2020", "2022-11-30"
const NUMERIC = /\b(?:(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{4})-(\d{2})-(\d{2}))\b/g;

/** Every date in `text`, in order. `context` gives the year for "19 januari jl.". */
export function findDates(text: string, context?: { year?: number; before?: string }): DateMatch[] {
  const out: DateMatch[] = [];
  WRITTEN.lastIndex = 0;
  for (let m = WRITTEN.exec(text); m; m = WRITTEN.exec(text)) {
    const day = Number(m[1]);
    const month = MONTHS[m[2]!.toLowerCase()]!;
    let year = m[3] ? Number(m[3]) : undefined;
    let inferred = false;
    if (year === undefined) {
      if (!context?.year) continue;
      year = context.year;
      inferred = true;
      // "jl." (last) is before the meeting: a later month than the meeting's is last year.
      if (m[4] && context.before && month > Number(context.before.slice(5, 7))) year -= 1;
    }
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const start = weekday ? m.index - weekday[0].length : m.index;
    const match = make(year, month, day, start, m.index + m[0].length - start, inferred, weekday?.[1]!.toLowerCase());
    if (match) out.push(match);
  }
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const match = m[1]
      ? make(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m[0].length, false)
      : make(Number(m[4]), Number(m[5]), Number(m[6]), m.index, m[0].length, false);
    if (match && !out.some((o) => overlaps(o, match))) out.push(match);
  }
  return out.sort((a, b) => a.index - b.index);
}

function make(year: number, month: number, day: number, index: number, length: number, yearInferred: boolean, weekday?: string): DateMatch | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const match: DateMatch = { iso, yearInferred, index, length };
  if (weekday) {
    match.weekday = weekday;
    const isoDay = ((date.getUTCDay() + 6) % 7) + 1;
    match.weekdayMismatch = WEEKDAYS[weekday] !== isoDay;
  }
  return match;
}

function overlaps(a: DateMatch, b: DateMatch): boolean {
  return a.index < b.index + b.length && b.index < a.index + a.length;
}

/** "10:15", "10.15 uur", "13:30" → "10:15". */
export function findTimes(text: string): Array<{ time: string; index: number }> {
  const out: Array<{ time: string; index: number }> = [];
  const re = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\.\d)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ time: `${m[1]!.padStart(2, '0')}:${m[2]}`, index: m.index });
  }
  return out;
}

/** Weekday of an ISO date as a Dutch name. */
export function weekdayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const isoDay = ((d.getUTCDay() + 6) % 7) + 1;
  return Object.keys(WEEKDAYS).find((k) => WEEKDAYS[k] === isoDay)!;
}
