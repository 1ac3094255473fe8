import type { Meeting, PersonRef, Position, Speaker } from '../../model/index.js';
import { canonicalHonorific, capitaliseName, nameKey, TUSSENVOEGSEL_WORDS } from '../lexicon/names.js';
import { nameMemo } from '../name-memo.js';

/**
 * Where a speaker is first seen: a position, or a function that works it out (a mention's position
 * costs a lookup through the paragraph's segments), called only when the speaker is new.
 */
export type FirstSeen = Position | (() => Position) | undefined;

/** A surname as written, read against the lists: the person listed, the speaker key, whether of the secretariat. */
interface Reading {
  listed: PersonRef | undefined;
  key: string;
  secretariat: boolean;
}

/**
 * The people of one verslag: everyone in the attendance lists, and everyone who speaks. Merges the
 * ways one person is written ("Van Selm", "van Selm", "Alexandra van Selm") into one Speaker.
 */
export class Registry {
  readonly speakers: Speaker[] = [];
  private byKey = new Map<string, Speaker>();
  /** Attendance: name key / surname key / first name / initials → the person as listed. */
  private listed = new Map<string, PersonRef | null>();
  /** person()'s readings of surnames as written. */
  private readings = new Map<string, Reading>();
  /** lookupLoosely's answers by name key. */
  private near = new Map<string, PersonRef | undefined>();
  private chairKey: string | undefined;
  private readonly secretariatKeys: Set<string>;
  private readonly ids = new Set<string>();

  constructor(private readonly meeting: Meeting) {
    for (const p of [...meeting.present, ...meeting.secretariat, ...meeting.absent, ...(meeting.chair ? [meeting.chair] : [])]) this.index(p);
    if (meeting.chair) this.chairKey = nameKey(surnameOf(meeting.chair.name));
    this.secretariatKeys = new Set(meeting.secretariat.map((p) => nameKey(p.name)));
  }

  private index(p: PersonRef): void {
    // A key twice is harmless: the second time it finds this person already.
    for (const k of lookupKeys(p.name)) {
      if (!k) continue;
      const seen = this.listed.get(k);
      // Two people behind one key (two Koens): the key resolves to nobody.
      if (seen === undefined) this.listed.set(k, p);
      else if (seen && nameKey(seen.name) !== nameKey(p.name)) this.listed.set(k, null);
    }
  }

  /** Whether the verslag has attendance lists at all (else nobody can be "unlisted"). */
  hasLists(): boolean {
    return this.meeting.present.length + this.meeting.secretariat.length > 0;
  }

  /**
   * Whether any name can be looked up at all: present, secretariat, absent or chair (unlike
   * hasLists, the chair alone counts). Else every lookup finds nobody.
   */
  knowsAnyone(): boolean {
    return this.listed.size > 0;
  }

  /** The listed person a written name refers to, if exactly one. */
  lookup(written: string): PersonRef | undefined {
    return this.listed.get(nameKey(written)) ?? this.listed.get(nameKey(surnameOf(written))) ?? undefined;
  }

  /** Whether a written name fits more than one listed person (two people named Koen). */
  isAmbiguous(written: string): boolean {
    return this.listed.get(nameKey(written)) === null;
  }

  /** As lookup, and else the one listed surname a letter away ("Van de Plas" for "van der Plas"). */
  lookupLoosely(written: string): PersonRef | undefined {
    const exact = this.lookup(written);
    if (exact) return exact;
    const key = nameKey(written);
    if (key.length < 6) return undefined;
    // Labels repeat ("Sloos: …" paragraph after paragraph): each key is compared with the list once.
    if (this.near.has(key)) return this.near.get(key);
    // The one person whose keys are a letter away; two people there are nobody.
    let found: PersonRef | undefined;
    for (const [k, p] of this.listed) {
      if (!p || Math.abs(k.length - key.length) > 1 || !oneEditApart(k, key)) continue;
      if (found && p !== found) {
        found = undefined;
        break;
      }
      found = p;
    }
    this.near.set(key, found);
    return found;
  }

  /** The chair of the meeting as a Speaker. */
  chair(position: FirstSeen): Speaker {
    const key = this.chairKey ?? 'voorzitter';
    const speaker = this.byKey.get(key) ?? this.add(key, this.meeting.chair ? displayName(this.meeting.chair.name) : 'Voorzitter', position);
    speaker.role = 'chair';
    return speaker;
  }

  /** A person named with an honorific ("de heer Van der Veen") or a bare name that the lists know. */
  person(surname: string, written: string, position: FirstSeen, honorific?: string): Speaker {
    const { listed, key, secretariat } = this.read(surname);
    const isChair = this.chairKey !== undefined && key === this.chairKey;
    const speaker = this.byKey.get(key) ?? this.add(key, listed ? displayName(listed.name) : capitaliseName(surname), position);
    if (!speaker.variants.includes(written)) speaker.variants.push(written);
    if (honorific && !speaker.honorific) {
      const h = canonicalHonorific(honorific);
      if (h) speaker.honorific = h;
    }
    if (isChair) speaker.role = 'chair';
    else if (secretariat) speaker.role ??= 'secretariat';
    if (listed?.organisation && !speaker.organisation) speaker.organisation = listed.organisation;
    return speaker;
  }

  /** Who a surname as written is, worked out once per surname (the lists do not change). */
  private read(surname: string): Reading {
    let reading = this.readings.get(surname);
    if (!reading) {
      const listed = this.lookup(surname);
      reading = {
        listed,
        key: listed ? nameKey(surnameOf(listed.name)) : nameKey(surname),
        secretariat: !!listed && this.secretariatKeys.has(nameKey(listed.name)),
      };
      this.readings.set(surname, reading);
    }
    return reading;
  }

  /** A bare first name, initials or full name ("Anneke", "PPK", "Edwin Wisse") that the lists know. */
  listedPerson(written: string, position: FirstSeen, loosely = false): Speaker | undefined {
    const listed = loosely ? this.lookupLoosely(written) : this.lookup(written);
    if (!listed) return undefined;
    return this.person(surnameOf(listed.name), written, position);
  }

  /** A new speaker; callers look in byKey first, so that the name is worked out only for a new one. */
  private add(key: string, name: string, position: FirstSeen): Speaker {
    const s: Speaker = { id: idFor(key, this.ids), name, variants: [], evidence: [] };
    this.ids.add(s.id);
    if (position) s.position = typeof position === 'function' ? position() : position;
    this.byKey.set(key, s);
    this.speakers.push(s);
    return s;
  }
}

/**
 * The keys a listed name is found by: its name key and its surname's, and where the list gives
 * them ("Anneke Sinnema", not "De Boer") its first name's and its initials. One memo for all:
 * every verslag of an archive lists the same people, and six lookups a name were a tenth of
 * reading an attendance list.
 */
const lookupKeys = nameMemo((name: string): readonly string[] => {
  const keys = [nameKey(name), nameKey(surnameOf(name))];
  const space = name.search(/\s/);
  if (space >= 0 && surnameOf(name) !== name.trim()) keys.push(nameKey(name.slice(0, space)), initials(name));
  return keys;
});

/** "Alexandra van Selm" → "van Selm"; "De Boer" → "De Boer"; "Edwin Martin" → "Martin". */
export const surnameOf = nameMemo(computeSurname);

function computeSurname(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length <= 1) return name.trim();
  // The surname starts at the first tussenvoegsel after the first word, else it is the last word;
  // a name that starts with a tussenvoegsel ("Van der Veen") is all surname.
  if (TUSSENVOEGSEL_WORDS.has(parts[0]!.toLowerCase())) return name.trim();
  for (let i = 1; i < parts.length - 1; i++) {
    if (TUSSENVOEGSEL_WORDS.has(parts[i]!.toLowerCase())) return parts.slice(i).join(' ');
  }
  return parts[parts.length - 1]!;
}

/** Surnames keep their written form with the first letter capitalised; full names stay as listed. */
function displayName(listed: string): string {
  return listed.includes(' ') && !/^(?:van|de|ter|ten|te|het|la|le|du|von)\s/i.test(listed) && surnameOf(listed) !== listed
    ? listed
    : capitaliseName(listed);
}

/** True when a and b differ by at most one inserted, deleted or changed character. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** "Anneke van der Sinnema" → "as" (memoised: attendance lists repeat across an archive). */
const initials = nameMemo((name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join(''),
);

function idFor(key: string, ids: ReadonlySet<string>): string {
  const base = idBase(key);
  let id = base;
  for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** A name key as an id: "van der veen" → "van-der-veen" (memoised: the same people recur). */
const idBase = nameMemo((key: string): string => {
  // Keys are folded already (nameKey); only one with non-ASCII letters left needs NFD.
  const folded = /^[\x20-\x7e]*$/.test(key) ? key : key.normalize('NFD').replace(/\p{M}/gu, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'speaker';
});
