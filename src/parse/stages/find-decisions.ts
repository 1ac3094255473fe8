import type { Decision } from '../../model/index.js';
import { pointAt, sourceOffsetOf } from '../../source/index.js';
import type { Block } from '../block.js';
import type { ParseContext } from '../context.js';
import {
  ACTIVE_OUTCOME,
  AMENDED,
  DECISION_LABEL,
  DISCHARGE,
  NOT_AMENDED,
  NOT_YET,
  OUTCOMES,
  PASSIVE_OUTCOME,
  SUBJECTS,
  UNANIMOUS,
  VOTES_ABSTAIN,
  VOTES_AGAINST,
  VOTES_FOR,
} from '../lexicon/outcomes.js';
import { Cue, cuesOf } from '../cues.js';
import { sentencesOf } from '../sentences.js';

const SUBJECT_RES = SUBJECTS.map((s) => [s, new RegExp(`\\b${s}\\b`, 'i')] as const);
// The body that decides, before an active "besluit": "De raad besluit", "We besluiten dat …".
const DECIDER = /\b(?:raad|bestuur|vergadering|commissie|werkgroep|leden|ALV|we|wij|men)\b[^.]{0,40}\b(?:besluit|besluiten|besloot|besloten|stemt|stemmen)\b|\b(?:wordt|is|werd)\s+besloten\b|^besloten\s+(?:wordt|is|werd)\b/i;
// "er wordt besloten …", "Besloten wordt …": the meeting deciding now, even inside a speaker's paragraph.
const IMPERSONAL_DECISION = /\ber\s+wordt\s+besloten\b|^besloten\s+wordt\b/i;
const DECISION_HEADING = /^(?:besluit(?:en)?|besluitenlijst|besloten)\b/i;

/**
 * Stage 8: formal outcomes — "Het verslag wordt onder dankzegging ongewijzigd vastgesteld", "De
 * raad stemt in met …", "Er wordt decharge verleend", "Besluit: …". Only in narration, the chair's
 * words or a "Besluit" section: a presenter saying an advice "wordt vandaag vastgesteld" is not
 * the decision itself.
 */
export function findDecisions(ctx: ParseContext): void {
  const chairIds = new Set(ctx.speakers.filter((s) => s.role === 'chair').map((s) => s.id));
  for (const item of ctx.agenda) {
    // An item titled "Besluit" (unnumbered minutes whose sections are the items) is such a section.
    let underDecisionHeading = DECISION_HEADING.test(item.title);
    for (const block of item.blocks) {
      if (block.kind === 'heading') {
        underDecisionHeading = DECISION_HEADING.test(block.text.trim());
        continue;
      }
      if (block.kind !== 'text' && block.kind !== 'list' && block.kind !== 'quote') continue;
      if (!underDecisionHeading && !(cuesOf(block) & Cue.decision)) continue;
      const who = block.speaker;
      const procedural = !who || chairIds.has(who.id) || underDecisionHeading;
      for (const s of sentencesOf(block)) {
        const found = readDecision(s.text, item.title, procedural || DECISION_LABEL.test(s.text) || IMPERSONAL_DECISION.test(s.text), underDecisionHeading);
        if (!found) continue;
        // The found object completed in place (the keys in the same order as a spread would give):
        // `{ ...found, text, position }` takes V8's slow path, 1–3 µs per decision.
        const decision = found as Decision;
        decision.text = s.text;
        decision.position = span(ctx, block, s.index, s.text.length);
        item.decisions.push(decision);
      }
    }
  }
}

function readDecision(sentence: string, title: string, allowed: boolean, section: boolean): Omit<Decision, 'text' | 'position'> | undefined {
  if (!allowed) return undefined;
  let outcome: string | undefined;
  // A modal before the outcome makes it one to come ("zal worden vastgesteld", "De raad kan
  // besluiten"); after it, the modal is part of what was decided ("We besluiten dat het bestuur
  // een klacht in behandeling moet nemen").
  const notYet = (m: RegExpExecArray) => NOT_YET.test(sentence.slice(0, m.index + m[0].length));
  if (DECISION_LABEL.test(sentence)) outcome = 'besloten';
  else {
    const passive = PASSIVE_OUTCOME.exec(sentence);
    const discharge = passive ? null : DISCHARGE.exec(sentence);
    const active = passive || discharge ? null : ACTIVE_OUTCOME.exec(sentence);
    if (passive) outcome = notYet(passive) ? undefined : OUTCOMES[passive[1]!.toLowerCase()];
    else if (discharge) outcome = notYet(discharge) ? undefined : 'verleend';
    else if (active && DECIDER.test(sentence)) outcome = notYet(active) ? undefined : /\bstem/i.test(sentence) ? 'ingestemd' : 'besloten';
    else if (section && !NOT_YET.test(sentence)) outcome = 'besloten';
  }
  if (!outcome) return undefined;
  const subject = SUBJECT_RES.find(([, re]) => re.test(sentence))?.[0] ?? SUBJECT_RES.find(([, re]) => re.test(title))?.[0] ?? 'besluit';
  const decision: Omit<Decision, 'text' | 'position'> = {
    subject: DISCHARGE.test(sentence) ? 'decharge' : subject,
    outcome,
    unanimous: UNANIMOUS.test(sentence),
    amended: AMENDED.test(sentence) && !NOT_AMENDED.test(sentence),
  };
  const votes = readVotes(sentence);
  if (votes) decision.votes = votes;
  return decision;
}

function readVotes(sentence: string): Decision['votes'] | undefined {
  const f = VOTES_FOR.exec(sentence);
  const a = VOTES_AGAINST.exec(sentence);
  const o = VOTES_ABSTAIN.exec(sentence);
  if (!f && !a) return undefined;
  const votes: NonNullable<Decision['votes']> = {};
  if (f) votes.for = Number(f[1]);
  if (a) votes.against = Number(a[1]);
  if (o) votes.abstain = Number(o[1]);
  return votes;
}

export function span(ctx: ParseContext, block: Block, index: number, length: number) {
  return {
    start: pointAt(ctx.lines, sourceOffsetOf(block.segments, index)),
    end: pointAt(ctx.lines, sourceOffsetOf(block.segments, Math.max(index, index + length - 1)) + 1),
  };
}
