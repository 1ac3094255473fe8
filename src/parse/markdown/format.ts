import type { ParagraphKind, Speaker, SpeakerRef } from '../../model/index.js';

/**
 * The shape of the Markdown that `verslag export --to markdown` writes and this folder reads back.
 * Both sides import this file, so the writer and the reader cannot disagree about a label.
 *
 * - YAML front matter: `verslag: 1`, `kind`, the meeting fields, `speakers`, and `source` (provenance only).
 * - `#` a title paragraph, `##` an agenda item (`5a. Title`), `###` a heading paragraph.
 * - A paragraph that starts with an *emphasised label* is an annotation of ours (refs, subtitle,
 *   footnote, …): paragraph texts are written as escaped plain text, so emphasis and strong emphasis
 *   in the file can only have come from the writer. Speakers are **strong**.
 * - Decisions and actions are block quotes that start with the label `*Besluit:*` or `*Actie:*`.
 * - Verbatim paragraphs (tables, code, front matter of the source) are fenced code, the kind in the info string.
 *
 * Dutch here is data: the labels a Dutch reader sees.
 */

/** The front matter key (and version) that marks a file as a verslag export. */
export const MARKER_KEY = 'verslag';
export const MARKER_VERSION = 1;

/** Front matter keys that are not meeting fields. */
export const RESERVED_KEYS = [MARKER_KEY, 'kind', 'speakers', 'source'] as const;

/** Labels of annotation paragraphs inside an agenda item. */
export const ITEM_LABELS = {
  subtitle: 'Ondertitel:',
  printedNumber: 'Nummer in de tekst:',
  ref: 'Stuk:',
  subitem: 'Subpunt:',
} as const;

/** Paragraph kinds written as a labelled paragraph (they have no Markdown form of their own). */
export const KIND_LABELS: Partial<Record<ParagraphKind, string>> = {
  header: 'Kop:',
  footnote: 'Voetnoot:',
  'page-number': 'Pagina:',
};

/**
 * Paragraph kinds written as fenced code; the info string says which. Plain `code` has none unless
 * it needs one to carry a speaker (then `code`); any other language is read as `code` too.
 */
export const FENCED_KINDS: Partial<Record<ParagraphKind, string | null>> = {
  table: 'table',
  'front-matter': 'front-matter',
  comment: 'comment',
  code: null,
};
export const CODE_LANG = 'code';

export const DECISION_LABEL = 'Besluit:';
export const ACTION_LABEL = 'Actie:';

/** Decision flags after the subject and outcome, separated by FLAG_SEPARATOR. */
export const FLAG_SEPARATOR = ' · ';
export const DECISION_FLAGS = { unanimous: 'unaniem', amended: 'gewijzigd', votesWithoutCount: 'stemming' } as const;
export const VOTE_WORDS = { for: 'voor', against: 'tegen', abstain: 'onthouding' } as const;
/** Between an action's `who` and the speaker it resolves to. */
export const ACTION_SPEAKER = ' · spreker ';

/** Between the speaker of a paragraph and the others who speak in it (`also`). */
export const ALSO_JOINER = ' met ';
/** After the last speaker, before the paragraph's text. */
export const SPEAKER_END = ': ';

/** An empty strong/emphasis can't be written in Markdown; an empty HTML comment stands in for the empty string. */
export const EMPTY = '<!---->';

const ROLE_WORDS: Record<NonNullable<SpeakerRef['role']>, string> = { chair: 'voorzitter', secretariat: 'secretariaat', guest: 'gast' };

/** What follows a speaker's bold name: ` (voorzitter, werkgevers)`, or nothing. */
export function speakerSuffix(ref: Pick<SpeakerRef, 'geleding' | 'role'>): string {
  const parts = [ref.role ? ROLE_WORDS[ref.role] : undefined, ref.geleding ?? undefined].filter((p): p is string => !!p);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The bold label of each speaker: the name, or `name [id]` where two speakers share a name, so the
 * reader can tell them apart. Computed the same way on both sides from the front matter list.
 */
export function speakerLabels(speakers: ReadonlyArray<Pick<Speaker, 'id' | 'name'>>): Map<string, string> {
  const count = new Map<string, number>();
  for (const s of speakers) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return new Map(speakers.map((s) => [s.id, count.get(s.name) === 1 && s.name !== '' ? s.name : `${s.name} [${s.id}]`]));
}

/** The SpeakerRef a paragraph gets for a speaker, as the parser builds it (src/parse/index.ts). */
export function refOf(s: Pick<Speaker, 'id' | 'name' | 'geleding' | 'role'>): SpeakerRef {
  const ref: SpeakerRef = { id: s.id, name: s.name, geleding: s.geleding ?? null };
  if (s.role) ref.role = s.role;
  return ref;
}

/** Info string of a fenced paragraph that has a speaker: JSON after the kind. */
export interface FencedMeta {
  speaker?: string;
  also?: string[];
}
