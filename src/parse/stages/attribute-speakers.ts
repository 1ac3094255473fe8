import type { Evidence, Position, Speaker } from '../../model/index.js';
import { pointAt, sourceOffsetOf } from '../../source/index.js';
import type { Block, BlockSpeaker } from '../block.js';
import type { ParseContext } from '../context.js';
import { Cue, cuesOf } from '../cues.js';
import { matchGeleding, SER_GELEDINGEN } from '../lexicon/geleding.js';
import { HONORIFIC, nameKey, NOT_A_NAME } from '../lexicon/names.js';
import {
  GUEST_INTRO,
  LABEL_START,
  NARRATION,
  OUTCOME_NARRATION,
  OUTCOME_NARRATION_MAX_CHARS,
  PRESENTATION_HEADING,
  QUESTION_TO,
} from '../lexicon/speech.js';
import { evidenceAfterMention, evidenceBeforeMention, mayIntroduce, organisationEvidence, settleGeleding } from '../speakers/geleding.js';
import { findMentions, type Mention } from '../speakers/mentions.js';
import { Registry, surnameOf } from '../speakers/registry.js';

const SPEECH_KINDS = new Set(['text', 'list', 'quote']);
const PRONOUN_START = /^(?:Hij|Zij|Ze|Spreker|Spreekster)\b/;
// A heading whose subject is a person who reports: "Michael vertelt over de workshopcommissie".
const HEADING_SUBJECT = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s(?:vertelt|presenteert|licht|geeft|doet)\b/u;
// "… en mevrouw Gerbrandy" up to the clause that describes them all.
const MORE_NAMES = new RegExp(`^\\s+en\\s+${HONORIFIC}\\s+[^,]{1,60}?(?=\\s+die\\b|,)`);
const HONORIFIC_START = new RegExp(`^${HONORIFIC}\\s+`);

/**
 * Stage 7: whose reported words each paragraph holds, and which geleding each speaker speaks for.
 *
 * Per paragraph, in order: a question put to someone keeps the moderator; else the first mention
 * the sentence makes a speaker (subject at sentence start, inverted subject after a finite verb,
 * "aldus"/"volgens"); else a "Naam:" label or a listed first name as subject (working-group
 * minutes); else narration (applause, procedure) has no speaker; else the paragraph continues the
 * current speaker ("Spreker", "Zij", slide text, bullets). Each agenda item starts with nobody.
 */
export function attributeSpeakers(ctx: ParseContext): void {
  const registry = new Registry(ctx.meeting);
  const vocabulary = ctx.options.roster?.geledingen ?? SER_GELEDINGEN;
  // Evidence about people before they speak (introductions), by name key.
  const pending = new Map<string, Evidence[]>();
  const spoke = new Set<Speaker>();
  const sections: Array<{ title: string | null; blocks: Block[]; position: Position | null }> = [
    { title: null, blocks: ctx.front, position: null },
    ...ctx.agenda.map((i) => ({ title: i.title, blocks: i.blocks, position: i.position })),
  ];

  const positionIn = (block: Block, index: number, length: number): Position => ({
    start: pointAt(ctx.lines, sourceOffsetOf(block.segments, index)),
    end: pointAt(ctx.lines, sourceOffsetOf(block.segments, index + length)),
  });
  const addEvidence = (speaker: Speaker, e: Evidence) => {
    if (!speaker.evidence.some((x) => x.kind === e.kind && x.geleding === e.geleding)) speaker.evidence.push(e);
  };
  const resolve = (block: Block, m: Mention): Speaker => {
    const at = () => positionIn(block, m.index, m.length);
    if (m.kind === 'chair') return registry.chair(at);
    // The name as written: the mention after its honorific and the blanks that follow it.
    const written = block.text.slice(m.index + m.honorific!.length, m.index + m.length).trimStart();
    return registry.person(m.surname!, written, at, m.honorific);
  };

  /** The person a heading or item title names as presenting or reporting what follows, if any. */
  const headingSpeaker = (text: string, position: Position): Speaker | undefined => {
    const presenter = presenterOf(text);
    if (presenter) return registry.person(surnameOf(presenter), presenter, position);
    // "Michael vertelt over de workshopcie": a listed person named as the heading's subject.
    if (!registry.knowsAnyone()) return undefined;
    const teller = HEADING_SUBJECT.exec(text);
    return teller ? registry.listedPerson(teller[1]!, position) : undefined;
  };

  for (const { title, blocks, position } of sections) {
    let current: Speaker | null = title !== null && position ? (headingSpeaker(title, position) ?? null) : null;
    // How the current speaker was found: after a "Naam:" label, only a pronoun continues them.
    let currentHow = 'heading';
    let moderator: Speaker | null = null;
    let section: string | null = null;
    // The heading that opened the geleding section, quoted as the evidence.
    let sectionHeading: Block | null = null;
    for (const block of blocks) {
      if (block.kind === 'heading') {
        const named = headingSpeaker(block.text, block.position);
        if (named) {
          current = named;
          currentHow = 'heading';
        }
        section = matchGeleding(block.text.trim(), vocabulary) ?? null;
        sectionHeading = section ? block : null;
        continue;
      }
      if (!SPEECH_KINDS.has(block.kind)) continue;
      const text = block.text;
      const cues = cuesOf(block);
      const mentions = cues & (Cue.person | Cue.chair) ? findMentions(text) : [];
      if (cues & Cue.introduction && mayIntroduce(text)) collectIntroductions(block, mentions, registry, pending, vocabulary, positionIn);

      let speaker: Speaker | null = null;
      let how = '';
      const also: Speaker[] = [];
      if (QUESTION_TO.test(text)) {
        speaker = moderator ?? current;
        moderator = speaker;
        how = 'moderator';
      } else {
        const first = mentions.find((m) => m.role === 'speaker');
        if (first) {
          speaker = resolve(block, first);
          how = first.how;
          for (const m of mentions) if (m.role === 'also') also.push(resolve(block, m));
          const after = text.slice(first.index + first.length);
          const at = () => positionIn(block, first.index, first.length);
          const e = evidenceAfterMention(after, vocabulary, at) ?? evidenceBeforeMention(sentenceBefore(text, first.index), vocabulary, at);
          if (e) addEvidence(speaker, e);
          // A section heading is weaker than what the paragraph itself says about the speaker.
          if (section && e?.kind !== 'explicit') addEvidence(speaker, { kind: 'header', geleding: section, text: `section heading "${sectionHeading!.text}" (line ${sectionHeading!.position.start.line})`, position: block.position });
          const sentence = sentenceAround(text, first.index);
          const org = cues & Cue.organisation ? organisationEvidence(sentence, false, block.position) : undefined;
          if (org) addEvidence(speaker, org);
          if (!spoke.has(speaker) && !speaker.role && registry.hasLists() && !registry.lookup(speaker.name) && GUEST_INTRO.test(sentence)) {
            speaker.role = 'guest';
          }
        } else {
          const labelled = labelSpeaker(text, registry, block.position);
          if (labelled) {
            speaker = labelled;
            how = 'label';
          } else if (ambiguousLabel(text, registry)) {
            // "Koen: …" with two Koens present: someone else speaks, but not knowably who.
            speaker = null;
            how = 'ambiguous';
          } else if (cues & (Cue.narration | Cue.decision) && isNarration(text, cues)) {
            speaker = null;
            how = 'narration';
          } else if (current && (currentHow !== 'label' || PRONOUN_START.test(text))) {
            // In minutes that label each contribution ("Sloos: …"), a paragraph without a label is
            // not the last speaker's unless a pronoun says so; in reported speech it is.
            speaker = current;
            how = 'continuation';
          }
        }
      }
      if (how === 'ambiguous') current = null;
      if (how !== 'narration' && speaker) {
        current = speaker;
        if (how !== 'continuation') currentHow = how;
      }
      if (!speaker) continue;
      spoke.add(speaker);
      for (const a of also) spoke.add(a);
      const entry: BlockSpeaker = { id: speaker.id, how };
      const others = also.length ? also.filter((a) => a !== speaker).map((a) => a.id) : [];
      if (others.length) entry.also = others;
      block.speaker = entry;
      // Self-introductions and organisations in the speaker's own words.
      if (cues & Cue.introduction && /\bals kroonlid\b/.test(text)) {
        const g = matchGeleding('kroonlid', vocabulary);
        if (g) addEvidence(speaker, { kind: 'introduced', geleding: g, text: 'als kroonlid', position: block.position });
      }
      const tied = cues & Cue.organisation ? organisationEvidence(text, true, block.position) : undefined;
      if (tied) addEvidence(speaker, tied);
    }
  }

  for (const s of spoke) {
    for (const key of [nameKey(s.name), nameKey(surnameOf(s.name))]) {
      for (const e of pending.get(key) ?? []) addEvidence(s, e);
    }
  }
  ctx.speakers = registry.speakers.filter((s) => spoke.has(s));
  // The chair has no geleding from the text of the meeting it chairs: its words are procedure.
  settleGeleding(ctx, ctx.speakers, vocabulary);
}

function presenterOf(heading: string): string | undefined {
  const m = PRESENTATION_HEADING.exec(heading);
  if (!m) return undefined;
  const rest = heading.slice(m[0].length).replace(HONORIFIC_START, '').trim();
  // A name: one to four capitalised words (tussenvoegsels allowed), nothing else.
  return /^\p{Lu}\p{L}*(?:\s+(?:(?:van|de|der|den|ter|ten|te|het)\s*)?\p{Lu}\p{L}*){0,3}$/u.test(rest) ? rest : undefined;
}

/** A "Naam:" label whose name fits more than one listed person. */
function ambiguousLabel(text: string, registry: Registry): boolean {
  if (!mayHaveLabel(text)) return false;
  const label = LABEL_START.exec(text);
  return !!label && registry.isAmbiguous(label[1]!);
}

function isNarration(text: string, cues: number): boolean {
  // The first sentence decides: "De sheets … zijn als bijlage gevoegd" at the end of a
  // presenter's paragraph does not make the paragraph narration.
  if (cues & Cue.narration) {
    const first = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
    if (NARRATION.some((re) => re.test(first))) return true;
  }
  // The outcome's participle ("vastgesteld", …) is a decision cue.
  return (cues & Cue.decision) !== 0 && text.length <= OUTCOME_NARRATION_MAX_CHARS && OUTCOME_NARRATION.test(text);
}

/** A label's colon comes within its first few words. */
function mayHaveLabel(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && colon < 60;
}

/** "Sloos: …", "PPK: …", or a listed first name as the subject: "Anneke opent de vergadering". */
function labelSpeaker(text: string, registry: Registry, position: Position): Speaker | undefined {
  const label = mayHaveLabel(text) ? LABEL_START.exec(text) : null;
  if (label) {
    if (/^(?:voorzitter|vz)$/i.test(label[1]!)) return registry.chair(position);
    // A label is a name for sure, so a spelling a letter off the list still finds the person.
    const who = registry.listedPerson(label[1]!, position, true);
    if (who) return who;
  }
  // Only the lists can make a bare name a person.
  if (!registry.knowsAnyone()) return undefined;
  // "De …", "Het …": the first word is no name, so the regex below need not run.
  const space = text.indexOf(' ');
  if (space > 0 && NOT_A_NAME.has(text.slice(0, space))) return undefined;
  // One or two capitalised words; the first is a group of its own, not split off again.
  const subject = /^((\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+\p{Ll}/u.exec(text);
  if (subject && !HONORIFIC_START.test(text) && !NOT_A_NAME.has(subject[2]!)) {
    const name = subject[1]!;
    const firstWord = subject[2]!;
    return registry.listedPerson(name, position) ?? (name !== firstWord ? registry.listedPerson(firstWord, position) : undefined);
  }
  return undefined;
}

/** The part of the sentence before a mention: "Namens de werknemers merkt " for "… de heer X op". */
function sentenceBefore(text: string, index: number): string {
  const start = text.lastIndexOf('. ', index);
  return text.slice(start < 0 ? 0 : start + 2, index);
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, 0);
  const endDot = text.indexOf('. ', index);
  return text.slice(start, endDot < 0 ? text.length : endDot + 1);
}

/**
 * Introductions of people who may speak later: "mevrouw Knoef en mevrouw Gerbrandy die per
 * 1 september kroonlid zijn", "De heer Van der Horst, kroonlid namens het CPB".
 */
function collectIntroductions(
  block: Block,
  mentions: Mention[],
  registry: Registry,
  pending: Map<string, Evidence[]>,
  vocabulary: readonly string[],
  positionIn: (block: Block, index: number, length: number) => Position,
): void {
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    // Read past a list of names to the clause that describes them all.
    let after = block.text.slice(m.index + m.length, m.index + m.length + 200);
    const more = MORE_NAMES.exec(after);
    if (more) after = after.slice(more[0].length);
    const e = evidenceAfterMention(after.replace(/^,?\s*die\s+/, ', '), vocabulary, () => positionIn(block, m.index, m.length));
    if (!e || e.kind === 'explicit') continue;
    const listed = registry.lookup(m.surname!);
    const key = nameKey(listed ? surnameOf(listed.name) : m.surname!);
    const list = pending.get(key) ?? [];
    list.push(e);
    pending.set(key, list);
  }
}
