import type { Meeting, PersonRef, Speaker } from '../../model/index.js';
import { nameKey } from '../../parse/lexicon/names.js';
import { nameMemo } from '../../parse/name-memo.js';
import { surnameOf } from '../../parse/speakers/registry.js';

export { nameKey };

/**
 * The surname of a written name, with its tussenvoegsels, folded as nameKey folds: "Alexandra van
 * Selm" → "van selm", "Van der Veen" → "van der veen", "Haroon Sheikh" → "sheikh". The parser's
 * `surnameOf` decides what the surname is, so rules and parser never disagree on it.
 */
export const surnameKey = nameMemo((name: string) => nameKey(surnameOf(name)));

/**
 * People looked up by name. Two written names are one person when they fold to the same key, or
 * have the same surname and one of them is just the surname ("Alexandra van Selm", "Van Selm").
 * Each name is folded once, so a list of hundreds against hundreds of names stays linear.
 */
export class NameIndex<T extends { name: string }> {
  private readonly byKey = new Map<string, T>();
  private readonly bySurname = new Map<string, T[]>();

  constructor(people: Iterable<T>) {
    for (const p of people) {
      const key = nameKey(p.name);
      if (!this.byKey.has(key)) this.byKey.set(key, p);
      const surname = surnameKey(p.name);
      const same = this.bySurname.get(surname);
      if (same) same.push(p);
      else this.bySurname.set(surname, [p]);
    }
  }

  find(name: string): T | undefined {
    const key = nameKey(name);
    const exact = this.byKey.get(key);
    if (exact) return exact;
    const surname = surnameKey(name);
    // "Alexandra van Selm" finds "Van Selm", and "Van Selm" finds "Alexandra van Selm".
    return this.bySurname.get(surname)?.find((p) => key === surname || nameKey(p.name) === surname);
  }
}

/** Is this speaker one of these people? Compares the speaker's name and every variant. */
export function speakerIn(speaker: Pick<Speaker, 'name' | 'variants'>, people: PersonRef[] | NameIndex<PersonRef>): PersonRef | undefined {
  const index = people instanceof NameIndex ? people : new NameIndex(people);
  for (const n of [speaker.name, ...speaker.variants]) {
    const found = index.find(n);
    if (found) return found;
  }
  return undefined;
}

/** Everyone the header says was there: present, secretariat and the chair. */
export function attendees(meeting: Meeting): NameIndex<PersonRef> {
  return new NameIndex([...meeting.present, ...meeting.secretariat, ...(meeting.chair ? [meeting.chair] : [])]);
}
