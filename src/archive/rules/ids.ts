/**
 * The ids of the rules across files, without loading the rules: the config and `--rule` accept
 * them, and validate applies their levels (off, warn, error) like any other rule's.
 */
export const ARCHIVE_RULE_IDS: readonly string[] = [
  'duplicate-meeting',
  'meeting-number',
  'earlier-verslag',
  'document-ref',
  'person-spelling',
  'person-geleding',
];
