import { onlyNear } from './people.js';
import type { ArchivePlan } from './plan.js';
import { addDays } from './plan.js';
import type { MeetingPlan, Person, Planted } from './model.js';
import type { Random } from './random.js';

/**
 * The kinds of archive error the generator plants, each with the rule that must report it. Every
 * plant keeps away from the meetings next to another plant, so each error is reported on its own
 * and a test can check that nothing else is reported.
 */
export const PLANT_KINDS = [
  'duplicate-copy',
  'duplicate-version',
  'number-reused',
  'number-typo',
  'earlier-date',
  'earlier-number',
  'ref-claimed',
  'ref-order',
  'spelling-fold',
  'spelling-near',
  'geleding',
] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

// One planted error per this many files (at least one of each kind).
const FILES_PER_PLANT = 100;
// Plants stay this many meetings apart within a body.
const SPACING = 3;

export function plantErrors(random: Random, plan: ArchivePlan): Planted[] {
  const planted: Planted[] = [];
  const touched = new Set<MeetingPlan>();
  const total = Math.max(PLANT_KINDS.length, Math.floor(plan.meetings.length / FILES_PER_PLANT));
  const byBody = new Map<string, MeetingPlan[]>();
  for (const m of plan.meetings) byBody.set(m.body.slug, [...(byBody.get(m.body.slug) ?? []), m]);
  for (let i = 0; i < total; i++) {
    const kind = PLANT_KINDS[i % PLANT_KINDS.length]!;
    for (let attempt = 0; attempt < 50; attempt++) {
      const list = random.pick([...byBody.values()]);
      const k = random.int(SPACING + 1, list.length - SPACING - 2);
      if (k < SPACING + 1) continue;
      const around = list.slice(k - SPACING, k + SPACING + 1);
      if (around.some((m) => touched.has(m))) continue;
      const result = plant(random, kind, list, k, plan);
      if (!result) continue;
      for (const m of around) touched.add(m);
      planted.push(result);
      break;
    }
  }
  return planted;
}

function plant(random: Random, kind: PlantKind, list: MeetingPlan[], k: number, plan: ArchivePlan): Planted | undefined {
  const m = list[k]!;
  const prev = list[k - 1]!;
  const next = list[k + 1]!;
  switch (kind) {
    case 'duplicate-copy':
    case 'duplicate-version': {
      const variant = kind === 'duplicate-copy' ? 'copy' : 'version';
      m.extra = { path: m.path.replace(/\.txt$/, variant === 'copy' ? '-kopie.txt' : '-concept.txt'), variant };
      return { kind, ruleId: 'duplicate-meeting', files: [m.path, m.extra.path], description: `${m.extra.path} is a ${variant === 'copy' ? 'copy' : 'second version'} of ${m.path}` };
    }
    case 'number-reused':
      // The header repeats the previous meeting's number; the items keep to dates so nothing else breaks.
      m.printedNumber = prev.number;
      dateStyle(m, next);
      return { kind, ruleId: 'meeting-number-unique', files: [m.path, prev.path], description: `${m.path} is numbered ${prev.number}, the number of ${prev.path}` };
    case 'number-typo':
      m.printedNumber = m.number * 10 + random.int(0, 9);
      dateStyle(m, next);
      return { kind, ruleId: 'meeting-number-order', files: [m.path, prev.path, next.path], description: `${m.path} is numbered ${m.printedNumber} instead of ${m.number}` };
    case 'earlier-date': {
      if (!m.earlier) return undefined;
      // A day off: a date on which the body did not meet.
      const wrong = addDays(m.earlier.date, -1);
      m.earlier = { ...m.earlier, date: wrong, style: 'date' };
      // The message names the nearest earlier meeting, the one before the previous.
      return { kind, ruleId: 'earlier-verslag', files: [m.path, prev.path, list[k - 2]!.path], description: `${m.path} tables the verslag of ${wrong}; the previous meeting was on ${prev.date}` };
    }
    case 'earlier-number': {
      if (!m.earlier) return undefined;
      m.earlier = { ...m.earlier, number: m.earlier.number - 1, style: 'numbered' };
      return { kind, ruleId: 'earlier-verslag', files: [m.path, prev.path, list[k - 2]!.path], description: `${m.path} tables the verslag of meeting ${m.earlier.number}, not ${prev.number}` };
    }
    case 'ref-claimed': {
      const older = list[k - 3]!;
      const item = m.items[0]!;
      item.ref = older.items[0]!.ref;
      return { kind, ruleId: 'document-ref-claimed', files: [m.path, older.path], description: `${m.path} item '${item.title}' carries ${item.ref}, already the document of ${older.path}` };
    }
    case 'ref-order': {
      const older = list[k - 3]!;
      const item = m.items[m.items.length - 1]!;
      item.ref = `${m.body.series}/${older.gap[0]}`;
      return { kind, ruleId: 'document-ref-order', files: [m.path, ...list.slice(k - 3, k).map((x) => x.path)], description: `${m.path} carries ${item.ref}, a number from before ${older.path}` };
    }
    case 'spelling-fold': {
      const person = m.present.find((p) => /-|^Van de[nr]? /.test(p.name));
      if (!person) return undefined;
      const variant = person.name.includes('-') ? person.name.replace('-', ' ') : person.name.replace(/^Van (de[nr]?) /, 'Van$1 ');
      m.spelling.set(person, variant);
      return { kind, ruleId: 'person-spelling', files: [m.path], description: `${m.path} writes "${variant}" for ${person.name}` };
    }
    case 'spelling-near': {
      // Someone listed but not speaking in this meeting, so the wrong form never stands beside the right one.
      const speakers = new Set(m.items.flatMap((i) => i.speakers.map((s) => s.person)).concat(m.current ? [m.current.presenter] : []));
      const candidates = m.present.filter((p) => !speakers.has(p) && p.name.replace(/\P{L}/gu, '').length >= 8);
      for (const person of candidates) {
        const variant = dropLetter(person.name);
        if (variant && onlyNear(variant, person, plan.people) && appearances(plan, person) >= 6) {
          m.spelling.set(person, variant);
          return { kind, ruleId: 'person-spelling', files: [m.path], description: `${m.path} writes "${variant}" for ${person.name}` };
        }
      }
      return undefined;
    }
    case 'geleding': {
      const speech = m.items[0]!.speakers[0]!;
      if (speech.person === plan.seatChange?.person) return undefined;
      const other = speech.person.geleding === 'werkgevers' ? 'werknemers' : 'werkgevers';
      speech.says = other;
      return {
        kind,
        ruleId: 'person-geleding',
        files: [m.path],
        description: `${m.path}: ${speech.person.name} speaks for the ${other}, elsewhere for the ${speech.person.geleding}`,
        needs: 'speakers',
      };
    }
  }
}

/** The meeting and the next table earlier verslagen by date, so a wrong header number stays one error. */
function dateStyle(m: MeetingPlan, next: MeetingPlan): void {
  if (m.earlier) m.earlier.style = 'date';
  if (next.earlier) next.earlier.style = 'date';
}

/** "Hoogstraaten" → "Hoogstraten": a doubled letter written once, else the second-last letter dropped. */
function dropLetter(name: string): string | undefined {
  const doubled = /([a-z])\1/.exec(name);
  if (doubled) return name.slice(0, doubled.index) + name.slice(doubled.index + 1);
  const last = name.length - 2;
  return /\p{Ll}/u.test(name[last] ?? '') ? name.slice(0, last) + name.slice(last + 1) : undefined;
}

function appearances(plan: ArchivePlan, person: Person): number {
  let n = 0;
  for (const m of plan.meetings) if (m.present.includes(person) || m.absent.includes(person)) n++;
  return n;
}
