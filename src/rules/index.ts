import agendaNumbering from './agenda-numbering.js';
import agendaOpeningClosing from './agenda-opening-closing.js';
import attendanceConflict from './attendance-conflict.js';
import closingTime from './closing-time.js';
import dateWeekday from './date-weekday.js';
import decisionMissing from './decision-missing.js';
import documentRefFormat from './document-ref-format.js';
import headerFields from './header-fields.js';
import markupUnbalanced from './markup-unbalanced.js';
import nameVariant from './name-variant.js';
import speakerAbsent from './speaker-absent.js';
import speakerUnlisted from './speaker-unlisted.js';
import speakerUnresolved from './speaker-unresolved.js';
import textArtefact from './text-artefact.js';
import type { Rule } from './types.js';

/**
 * Every rule, in the order it runs. Ids are stable: a retired rule stays here as a comment and its
 * id is never reused.
 */
export const RULES: readonly Rule[] = [
  headerFields,
  agendaNumbering,
  agendaOpeningClosing,
  closingTime,
  dateWeekday,
  attendanceConflict,
  speakerAbsent,
  speakerUnlisted,
  speakerUnresolved,
  nameVariant,
  decisionMissing,
  documentRefFormat,
  markupUnbalanced,
  textArtefact,
];

export { OTHER_IDS, RULE_IDS } from './ids.js';

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, RuleInput, RuleLevel } from './types.js';
