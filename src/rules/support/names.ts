import type { PersonRef, Speaker } from '../../model/index.js';
import { nameKey } from '../../parse/lexicon/names.js';

export { nameKey };

/** Tussenvoegsels that may stand before a surname; lower case. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'uit', 'la', 'le', 'du', 'von', "d'"]);

/**
 * The surname of a written name, with its tussenvoegsels: "Alexandra van Selm" → "van selm",
 * "Van der Veen" → "van der veen", "Haroon Sheikh" → "sheikh". Folded as nameKey folds.
 */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  // Walk back from the last word over any particles before it.
  let i = words.length - 1;
  while (i > 0 && PARTICLES.has(words[i - 1]!)) i--;
  return words.slice(i).join(' ');
}

/** Does a written name refer to the same person as another, as far as the words go? */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  // "Alexandra van Selm" and "Van Selm": the surnames match and one name is just the surname.
  const sa = surnameKey(a);
  const sb = surnameKey(b);
  return sa === sb && (ka === sa || kb === sb);
}

/** Is this speaker one of these people? Compares the speaker's name and every variant. */
export function speakerIn(speaker: Pick<Speaker, 'name' | 'variants'>, people: PersonRef[]): PersonRef | undefined {
  const names = [speaker.name, ...speaker.variants];
  return people.find((p) => names.some((n) => sameName(n, p.name)));
}
