import { deletionNeighbours, personKey } from '../../src/archive/person-key.js';
import type { Random } from './random.js';
import { GELEDINGEN, SURNAMES, TUSSENVOEGSELS } from './words.js';
import type { Person } from './model.js';

/**
 * A pool of distinct people. No two names are one person to the archive rules (same folded key) or
 * a near miss (one edit apart), so a clean archive has no spelling findings by construction.
 */
export function makePeople(random: Random, count: number): Person[] {
  const out: Person[] = [];
  const taken = new Set<string>();
  const free = (name: string) => deletionNeighbours(personKey(name)).every((n) => !taken.has(n));
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const name = `${random.pick(TUSSENVOEGSELS)}${random.pick(SURNAMES)}`;
    if (!free(name)) continue;
    for (const n of deletionNeighbours(personKey(name))) taken.add(n);
    out.push({ name, honorific: random.chance(0.45) ? 'Mevrouw' : 'De heer', geleding: random.pick(GELEDINGEN) });
  }
  return out;
}

/** True when `variant` is no other pool person's name or near miss (a planted misspelling stays one person's). */
export function onlyNear(variant: string, of: Person, pool: readonly Person[]): boolean {
  const mine = new Set(deletionNeighbours(personKey(variant)));
  return pool.every((p) => p === of || deletionNeighbours(personKey(p.name)).every((n) => !mine.has(n)));
}
