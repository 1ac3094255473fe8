import type { Speaker } from '../model/index.js';
import { fold } from './fold.js';

/** Words that name a role rather than a person (data, Dutch and English): `--speaker voorzitter`. */
const ROLE_WORDS: Record<string, NonNullable<Speaker['role']>> = {
  voorzitter: 'chair',
  voorzitster: 'chair',
  chair: 'chair',
  secretaris: 'secretariat',
  secretariaat: 'secretariat',
  secretariat: 'secretariat',
};

/**
 * Does the name the user typed mean this speaker? It may be any of the ways the text writes the
 * person (`variants`), case and accents aside, or the end of one ("selm" for "van Selm"), or a
 * longer form that ends with one ("Alexandra van Selm" for "Van Selm"), always at a word boundary.
 */
export function speakerMatcher(query: string): (speaker: Pick<Speaker, 'name' | 'variants' | 'role'>) => boolean {
  const wanted = fold(query);
  const role = ROLE_WORDS[wanted];
  return (speaker) => {
    if (role !== undefined && speaker.role === role) return true;
    for (const written of [speaker.name, ...speaker.variants]) {
      const name = fold(written);
      if (name === wanted || name.endsWith(' ' + wanted) || wanted.endsWith(' ' + name)) return true;
    }
    return false;
  };
}
