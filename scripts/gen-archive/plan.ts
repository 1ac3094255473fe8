import type { Random } from './random.js';
import { makePeople } from './people.js';
import { ADVICE_TITLES, BODIES, COMMITTEE_TOPICS, CURRENT_TOPICS, type GeledingName } from './words.js';
import type { Body, MeetingPlan, Person } from './model.js';

// About as many meetings as a body holds in twenty years at one every four weeks.
const MEETINGS_PER_BODY = 250;

export interface ArchivePlan {
  bodies: Body[];
  people: Person[];
  meetings: MeetingPlan[];
  /** Someone whose seat changes: the roster gives the dates, so it is not an error. */
  seatChange?: { person: Person; from: GeledingName; to: GeledingName; on: string };
}

/** Bodies, people and meetings with consistent numbers, dates, refs and spellings: a clean archive. */
export function planArchive(random: Random, files: number): ArchivePlan {
  const bodyCount = Math.max(1, Math.round(files / MEETINGS_PER_BODY));
  const people = makePeople(random, Math.min(700, 40 + bodyCount * 14));
  const staff = people.splice(0, Math.min(8, Math.floor(people.length / 6)));
  const bodies = makeBodies(random, bodyCount, people, staff);
  const meetings: MeetingPlan[] = [];
  const perBody = Math.floor(files / bodyCount);
  bodies.forEach((body, b) => {
    const count = b < files % bodyCount ? perBody + 1 : perBody;
    meetings.push(...planBody(random, body, count, people));
  });
  const plan: ArchivePlan = { bodies, people, meetings };
  // A member of the first body changes seat halfway through; only the roster makes that right.
  const first = meetings.filter((m) => m.body === bodies[0]);
  if (first.length >= 10) {
    const half = first[Math.floor(first.length / 2)]!;
    const person = first[0]!.items[0]!.speakers[0]?.person;
    if (person) {
      const to: GeledingName = person.geleding === 'kroonleden' ? 'werknemers' : 'kroonleden';
      plan.seatChange = { person, from: person.geleding, to, on: half.date };
      for (const m of first) {
        if (m.date < half.date) continue;
        for (const item of m.items) for (const s of item.speakers) if (s.person === person) s.says = to;
      }
    }
  }
  return plan;
}

function makeBodies(random: Random, count: number, people: Person[], staff: Person[]): Body[] {
  const out: Body[] = [];
  const series = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name: string;
    let code: string;
    const base = BODIES[i];
    if (base) {
      name = base.name;
      code = base.series;
    } else {
      const topic = COMMITTEE_TOPICS[(i - BODIES.length) % COMMITTEE_TOPICS.length]!;
      const round = Math.floor((i - BODIES.length) / COMMITTEE_TOPICS.length);
      name = `${['Commissie', 'Werkgroep', 'Adviescommissie', 'Platform'][round % 4]} ${topic}${round >= 4 ? ` ${round - 2}` : ''}`;
      code = topic
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
    }
    let unique = code;
    for (let n = 2; series.has(unique); n++) unique = `${code}${n}`;
    series.add(unique);
    out.push({
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      series: unique,
      weekday: base?.weekday ?? random.int(1, 5),
      start: base?.start ?? random.pick(['09:30', '10:00', '13:30', '14:00']),
      chair: random.pick(people.filter((p) => p.geleding === 'kroonleden')),
      secretariat: random.sample(staff, 2),
    });
  }
  return out;
}

function planBody(random: Random, body: Body, count: number, people: Person[]): MeetingPlan[] {
  const meetings: MeetingPlan[] = [];
  let members = random.sample(
    people.filter((p) => p !== body.chair),
    random.int(12, 22),
  );
  let date = firstDate(random, body.weekday);
  let number = random.int(300, 700);
  const publicOffset = body.name === 'Raad' ? random.int(100, 250) : undefined;
  let ref = random.int(100, 2500);
  for (let index = 0; index < count; index++) {
    // Now and then a member leaves and another joins.
    if (index > 0 && random.chance(0.05)) {
      const leaving = random.pick(members);
      const joining = random.pick(people.filter((p) => p !== body.chair && !members.includes(p)));
      members = members.map((m) => (m === leaving ? joining : m));
    }
    const absent = random.sample(members, random.int(0, 3));
    const present = members.filter((m) => !absent.includes(m));
    const gap: number[] = [];
    for (let g = random.int(1, 3); g > 0; g--) gap.push(ref++);
    const incomingRef = `${body.series}/${ref++}`;
    const verslagRef = `${body.series}/${ref++}`;
    const items = random.sample(ADVICE_TITLES, random.int(1, 3)).map((title) => {
      const speakers = random.sample(present, random.int(3, 6)).map((person) => ({ person, says: person.geleding }));
      return { title, ref: `${body.series}/${ref++}`, speakers };
    });
    const previous = meetings[index - 1];
    const meeting: MeetingPlan = {
      body,
      index,
      number,
      printedNumber: number,
      date,
      present,
      absent,
      spelling: new Map(),
      items,
      incomingRef,
      verslagRef,
      gap,
      path: `${body.slug}/${date.slice(0, 4)}/${String(number).padStart(4, '0')}.txt`,
    };
    if (publicOffset !== undefined) meeting.publicNumber = number - publicOffset;
    if (random.chance(0.5)) meeting.current = { title: random.pick(CURRENT_TOPICS), presenter: random.pick(present) };
    if (previous) {
      meeting.earlier = { date: previous.date, number: previous.number, style: random.chance(0.5) ? 'date' : 'numbered' };
      if (previous.publicNumber !== undefined) meeting.earlier.publicNumber = previous.publicNumber;
    }
    meetings.push(meeting);
    number++;
    date = addDays(date, 7 * random.int(3, 5));
  }
  return meetings;
}

function firstDate(random: Random, weekday: number): string {
  const d = new Date(Date.UTC(random.int(1996, 2002), random.int(0, 11), random.int(1, 28)));
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
