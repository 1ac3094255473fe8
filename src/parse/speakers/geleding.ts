import type { Evidence, EvidenceKind, Position, Speaker } from '../../model/index.js';
import type { ParseContext } from '../context.js';
import { diagnostic } from '../context.js';
import { EXPLICIT_GELEDING, INTRODUCED_AS, INTRODUCTION_WORDS, matchGeleding, ORGANISATION_GELEDING, ORGANISATION_TIE } from '../lexicon/geleding.js';
import { nameKey } from '../lexicon/names.js';
import { surnameOf } from './registry.js';

// Any organisation of the lexicon at all: one pass before trying each.
const ANY_ORGANISATION = new RegExp(ORGANISATION_GELEDING.map(([re]) => re.source).join('|'));

const CLAUSE_END = /[.;:!?]/;
// Any introduction word, inside a longer word too: a clause cut at 90 characters can end in one.
const ANY_INTRODUCTION_WORD = new RegExp(INTRODUCTION_WORDS.join('|'));

// Strongest first: what the text says outright beats what a heading or an organisation implies.
const STRENGTH: EvidenceKind[] = ['explicit', 'header', 'introduced', 'organisation', 'roster'];

/**
 * Evidence right after a speaker's mention: ", sprekend namens de werknemers", ", kroonlid namens het CPB".
 * `at` gives the mention's position, asked only when there is evidence (most mentions have none).
 */
export function evidenceAfterMention(after: string, vocabulary: readonly string[], at: () => Position): Evidence | undefined {
  // Only within the clause that follows the name: up to 90 characters, to the first of . ; : ! ?
  // (measured: searching the 90 characters takes a third of /^[^.;:!?]{0,90}/, a charCodeAt loop more).
  const head = after.slice(0, 90);
  const stop = head.search(CLAUSE_END);
  const clause = stop < 0 ? head : head.slice(0, stop);
  // "De heer Jansen (VVD): …" — a party or organisation in brackets that the vocabulary knows.
  const bracket = /^\s*\(([^()]{1,40})\)/.exec(after);
  if (bracket) {
    const g = matchGeleding(bracket[1]!.trim(), vocabulary);
    if (g) return { kind: 'organisation', geleding: g, text: bracket[0].trim(), position: at() };
  }
  const explicit = EXPLICIT_GELEDING.exec(clause);
  if (explicit) {
    const g = matchGeleding(explicit[1]!, vocabulary);
    if (g) return { kind: 'explicit', geleding: g, text: explicit[0].trim(), position: at() };
  }
  const intro = INTRODUCED_AS.exec(clause);
  if (intro) {
    const g = matchGeleding(intro[1]!, vocabulary);
    if (g) return { kind: 'introduced', geleding: g, text: clause.slice(0, intro.index + intro[0].length).replace(/^[,\s]+/, ''), position: at() };
  }
  return undefined;
}

/**
 * Whether evidenceAfterMention can find anything but explicit evidence after a mention in `text`
 * (what an introduction is kept for): that takes a bracket or an introduction word.
 */
export function mayIntroduce(text: string): boolean {
  return text.includes('(') || ANY_INTRODUCTION_WORD.test(text);
}

/** Evidence before the name in its sentence: "Namens de werknemers merkt de heer X op dat …". */
export function evidenceBeforeMention(before: string, vocabulary: readonly string[], at: () => Position): Evidence | undefined {
  const m = /^(?:sprekend\s+)?namens\s+de\s+(\p{L}+)/iu.exec(before.trim());
  if (!m) return undefined;
  const g = matchGeleding(m[1]!, vocabulary);
  return g ? { kind: 'explicit', geleding: g, text: m[0], position: at() } : undefined;
}

/** An organisation tied to the speaker in their own words: "vanuit het CNV", "wat de FNV betreft". */
export function organisationEvidence(sentence: string, tiedOnly: boolean, at: Position): Evidence | undefined {
  if (!ANY_ORGANISATION.test(sentence)) return undefined;
  for (const [re, name, geleding] of ORGANISATION_GELEDING) {
    const m = re.exec(sentence);
    if (!m) continue;
    const tied = ORGANISATION_TIE.test(sentence.slice(Math.max(0, m.index - 20), m.index));
    if (tiedOnly && !tied) continue;
    return { kind: 'organisation', geleding, text: `${sentence.slice(Math.max(0, m.index - 20), m.index).replace(/^\S*\s/, '')}${name}`.trim(), position: at };
  }
  return undefined;
}

/**
 * Decide each speaker's geleding from the collected evidence, strongest first; then the roster
 * where the text says nothing. A roster that contradicts the text gets a diagnostic, not an override.
 */
export function settleGeleding(ctx: ParseContext, speakers: Speaker[], vocabulary: readonly string[]): void {
  const roster = ctx.options.roster;
  for (const s of speakers) {
    s.evidence.sort((a, b) => STRENGTH.indexOf(a.kind) - STRENGTH.indexOf(b.kind));
    const strongest = s.evidence[0];
    if (strongest) {
      s.geleding = strongest.geleding;
      const other = s.evidence.find((e) => e.geleding !== strongest.geleding);
      if (other) {
        diagnostic(ctx, {
          ruleId: 'geleding-conflict',
          severity: 'warning',
          reason: `${s.name} speaks for the ${strongest.geleding} (${strongest.kind}: "${strongest.text}"), but the text also suggests the ${other.geleding} (${other.kind}: "${other.text}")`,
          ...(other.position ? { position: other.position } : {}),
        });
      }
    }
    if (!roster) continue;
    const member = roster.members.find((m) => matchesMember(s, m.name, m.aliases) && inPeriod(ctx.meeting.date, m.from, m.to));
    if (!member) continue;
    if (member.organisation && !s.organisation) s.organisation = member.organisation;
    if (!member.geleding) continue;
    const g = matchGeleding(member.geleding, vocabulary) ?? member.geleding;
    if (!strongest) {
      s.geleding = g;
      s.evidence.push({ kind: 'roster', geleding: g, text: `roster: ${member.name} — ${member.geleding}` });
    } else if (strongest.geleding !== g) {
      diagnostic(ctx, {
        ruleId: 'roster-conflict',
        severity: 'warning',
        reason: `The roster lists ${member.name} for the ${g}, but the text says ${s.name} speaks for the ${strongest.geleding} ("${strongest.text}"); the text is kept`,
        ...(strongest.position ? { position: strongest.position } : {}),
        actual: strongest.geleding,
        expected: [g],
      });
    }
  }
}

function matchesMember(s: Speaker, name: string, aliases: readonly string[] | undefined): boolean {
  const keys = new Set([nameKey(s.name), nameKey(surnameOf(s.name)), ...s.variants.map((v) => nameKey(v))]);
  return [name, ...(aliases ?? [])].some((n) => keys.has(nameKey(n)) || keys.has(nameKey(surnameOf(n))));
}

function inPeriod(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (!date) return true;
  return (!from || date >= from) && (!to || date <= to);
}
