/**
 * The rules' ids, in the order they run, without loading the rules: the config and \`--rule\` check
 * names against them, and a run answered from the cache never loads a rule. A test holds this list
 * to RULES (index.ts).
 */
export const RULE_IDS: readonly string[] = [
  'header-fields',
  'agenda-numbering',
  'agenda-opening-closing',
  'closing-time',
  'date-weekday',
  'attendance-conflict',
  'speaker-absent',
  'speaker-unlisted',
  'speaker-unresolved',
  'name-variant',
  'decision-missing',
  'document-ref-format',
  'markup-unbalanced',
  'text-artefact',
];

/**
 * Ids that are not rules but can be configured like one: the parser's own diagnostics and the
 * suppression check. Their default severity is what they carry; `info` ones are not reported.
 */
export const OTHER_IDS: readonly string[] = [
  'not-verslag',
  'encoding-fallback',
  'invalid-utf8',
  'chair-substitute',
  'geleding-conflict',
  'roster-conflict',
  'markdown-export',
  'markdown-front-matter',
  'unused-suppression',
];

