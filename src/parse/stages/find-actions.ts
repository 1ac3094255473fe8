import type { Action, Speaker } from '../../model/index.js';
import type { ParseContext } from '../context.js';
import { ACTION_LABEL, ACTION_SECTION, FUTURE, NOT_COMMITMENTS, OFFER } from '../lexicon/outcomes.js';
import { LABEL_START } from '../lexicon/speech.js';
import { nameKey } from '../lexicon/names.js';
import { ACTION_CUES, Cue, cuesOf } from '../cues.js';
import { sentencesOf } from '../sentences.js';
import { findMentions } from '../speakers/mentions.js';
import { surnameOf } from '../speakers/registry.js';
import { span } from './find-decisions.js';

// The speaker's own future act: "dat hij straks op de balie zal leggen", "Spreekster zal …".
const PRONOUN_FUTURE = /(?:^|\bdat\s+|\bwaarbij\s+)(?:hij|zij|ze|spreker|spreekster)\b[^.;]{0,80}?\b(?:zal|gaat)\b/i;
// A body that commits: "Het secretariaat zal …", "Het bestuur gaat …".
const BODY_FUTURE = /^(?:Het|De)\s+(secretariaat|bestuur|commissie|werkgroep|voorzitter)\s+(?:zal|gaat)\b/;
// A bare name as subject: "Edwin gaat een nieuwe datum prikken", "Joost Farla gaat de PR reviewen".
const NAME_FUTURE = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:van\s+(?:de[rn]?\s+)?|de\s+)?\p{Lu}[\p{L}'’-]+)?)\s+(?:zal|gaat|neemt)\b/u;

/**
 * Stage 9: action items (toezeggingen) — a named person or body committing to a later act:
 * "Mevrouw Prins zal dit signaal overbrengen …", "doet mevrouw Meerman het aanbod om …", "… dat hij
 * straks op de balie zal leggen", "Edwin gaat …", "Actie: Pieter agendeert …" and "To do: …" lines,
 * and every line of an "Acties" section ("BDV: De verdere uitwerking …").
 * Announcements of talk ("zal ingaan op", "zal de raad bijpraten") are not actions.
 */
export function findActions(ctx: ParseContext): void {
  const byId = new Map(ctx.speakers.map((s) => [s.id, s]));
  // Built on the first sentence that names someone: most verslagen have few action candidates.
  let built: People | undefined;
  const people = (): People => (built ??= peopleOf(ctx));
  for (const item of ctx.agenda) {
    // Under "Acties" (the item's title, or a heading in it) every line is an action: "BDV: De
    // verdere uitwerking van het model", "VB: Contact opnemen met ISA".
    let inActionSection = ACTION_SECTION.test(item.title);
    // After an action that ends in a colon, the unlabelled lines below are its points.
    let gathering = false;
    for (const block of item.blocks) {
      if (block.kind !== 'text' && block.kind !== 'list' && block.kind !== 'quote' && block.kind !== 'heading') continue;
      // A heading of its own (not a sub-item line turned heading) starts another section; it may
      // still be an action itself ("##### Actie: Pieter agendeert …").
      const ownHeading = block.kind === 'heading' && block.markdownHeading === true;
      if (ownHeading) {
        inActionSection = ACTION_SECTION.test(block.text.trim());
        gathering = false;
      }
      if (inActionSection && !ownHeading) {
        const listed = listedAction(people, block.text);
        const last = item.actions[item.actions.length - 1];
        if (listed && !listed.who && last && gathering) {
          // "VB: Contact opnemen met ISA:" and the points below it: one action.
          last.text = `${last.text} ${listed.text}`;
          last.position = { start: last.position.start, end: span(ctx, block, 0, block.text.length).end };
          continue;
        }
        if (listed) {
          // Completed in place, as a spread would order its keys, without V8's slow path for one.
          const action = listed as Action;
          action.position = span(ctx, block, 0, block.text.length);
          item.actions.push(action);
          gathering = listed.text.endsWith(':');
          continue;
        }
      }
      const cues = cuesOf(block);
      if (!(cues & ACTION_CUES)) continue;
      const own = block.speaker;
      const speaker = own ? byId.get(own.id) : undefined;
      for (const s of sentencesOf(block)) {
        const who = actor(ctx, people, s.text, speaker, block.kind === 'heading', cues);
        if (!who) continue;
        const action: (typeof item.actions)[number] = { who: who.name, text: s.text, position: span(ctx, block, s.index, s.text.length) };
        if (who.speaker) action.speakerId = who.speaker.id;
        item.actions.push(action);
      }
    }
  }
}

interface Actor {
  name: string;
  speaker?: Speaker | undefined;
}

/** `cues`: the paragraph's (see cues.ts); a pattern whose words it lacks is not tried. */
function actor(ctx: ParseContext, people: () => People, sentence: string, speaker: Speaker | undefined, heading: boolean, cues: number): Actor | undefined {
  const label = cues & Cue.actionLabel ? ACTION_LABEL.exec(sentence) : null;
  if (label) {
    const rest = sentence.slice(label[0].length);
    // "Actie: Pieter agendeert …": the actor, followed by the verb. "To do: Besluit nemen over …"
    // names no one: an infinitive follows, and "Besluit" is no one the verslag knows.
    const named = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}+)/u.exec(rest);
    const name = named && (knows(people(), named[1]!) || !/en$/.test(named[2]!)) ? named[1]! : undefined;
    return name ? person(people(), name) : { name: speaker?.name ?? '' };
  }
  if (heading) return undefined;
  if (cues & Cue.offer && OFFER.test(sentence)) {
    const m = findMentions(sentence).find((x) => x.kind === 'person' && x.role === 'speaker');
    if (m) return person(people(), m.surname!);
    const named = NAME_FUTURE.exec(sentence);
    if (named) return person(people(), named[1]!);
    if (speaker) return { name: speaker.name, speaker };
    return undefined;
  }
  const future = cues & Cue.future ? FUTURE.exec(sentence) : null;
  if (!future || !commits(sentence.slice(future.index))) return undefined;
  const first = findMentions(sentence)[0];
  if (first && first.index === 0 && first.kind === 'person' && /^\s*(?:zal|gaat)\b/.test(sentence.slice(first.length))) {
    return person(people(), first.surname!);
  }
  if (first && first.index === 0 && first.kind === 'chair' && /^\s*(?:zal|gaat)\b/.test(sentence.slice(first.length))) {
    const chair = ctx.speakers.find((s) => s.role === 'chair');
    return chair ? { name: chair.name, speaker: chair } : { name: 'voorzitter' };
  }
  if (PRONOUN_FUTURE.test(sentence) && speaker) return { name: speaker.name, speaker };
  const body = BODY_FUTURE.exec(sentence);
  if (body) return { name: body[1]! };
  const named = NAME_FUTURE.exec(sentence);
  if (named && people().known.has(nameKey(named[1]!))) return person(people(), named[1]!);
  return undefined;
}

const INFINITIVE = /\b\p{Ll}{3,}(?:en|aan|oen|ien)\b/gu;
// Infinitives looked at after "zal"/"gaat": further words belong to another verb.
const MAX_INFINITIVES = 6;

/**
 * The words after "zal"/"gaat", up to the clause's end, hold an infinitive, and none of the first
 * few only announces talk or a state. Checked as they are found: collecting every infinitive of
 * the clause first was 3 % of a parse of the seeds.
 */
function commits(rest: string): boolean {
  let end = rest.indexOf('.');
  const semicolon = rest.indexOf(';');
  if (end < 0 || (semicolon >= 0 && semicolon < end)) end = semicolon;
  const clause = end < 0 ? rest : rest.slice(0, end);
  INFINITIVE.lastIndex = 0;
  let found = 0;
  while (found < MAX_INFINITIVES) {
    const m = INFINITIVE.exec(clause);
    if (!m) break;
    if (NOT_COMMITMENTS.has(m[0])) return false;
    found++;
  }
  return found > 0;
}

/**
 * Who can act, by every key a sentence may name them with: the listed people (to accept a bare
 * name as a subject) and the speakers (to resolve it). Built once per parse, so a verslag with
 * thousands of names stays linear.
 */
interface People {
  known: Set<string>;
  speakers: Map<string, Speaker>;
}

function peopleOf(ctx: ParseContext): People {
  const m = ctx.meeting;
  const known = new Set<string>();
  for (const p of [...m.present, ...m.secretariat, ...(m.chair ? [m.chair] : [])]) {
    known.add(nameKey(p.name));
    known.add(nameKey(p.name.split(/\s+/)[0]!));
    known.add(nameKey(surnameOf(p.name)));
  }
  const speakers = new Map<string, Speaker>();
  for (const s of ctx.speakers) {
    for (const written of [s.name, surnameOf(s.name), ...s.variants, s.name.split(/\s+/)[0]!]) {
      const key = nameKey(written);
      if (!speakers.has(key)) speakers.set(key, s);
    }
  }
  return { known, speakers };
}

/** A line of an action list: "BDV: De verdere uitwerking …" (who, what), or just what is to be done. */
function listedAction(people: () => People, text: string): { who: string; text: string; speakerId?: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed || ACTION_SECTION.test(trimmed)) return undefined;
  const label = LABEL_START.exec(trimmed);
  if (!label) return { who: '', text: trimmed };
  const who = person(people(), label[1]!);
  return { who: who.name, text: trimmed, ...(who.speaker ? { speakerId: who.speaker.id } : {}) };
}

function knows(people: People, written: string): boolean {
  const key = nameKey(written);
  return people.known.has(key) || people.speakers.has(key);
}

/** Resolve a written name to a speaker when one matches, else keep the name as written. */
function person(people: People, written: string): Actor {
  const speaker = people.speakers.get(nameKey(written));
  return speaker ? { name: speaker.name, speaker } : { name: written.charAt(0).toUpperCase() + written.slice(1) };
}
