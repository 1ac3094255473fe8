/**
 * The ids the rules across files report under (one rule may report two: meeting-number-unique and
 * -order), so the config and `--rule` name exactly what a finding shows. The ids of the rules across files, without loading the rules: the config and `--rule` accept
 * them, and validate applies their levels (off, warn, error) like any other rule's.
 */
export const ARCHIVE_RULE_IDS: readonly string[] = [
  'duplicate-meeting',
  'meeting-number-unique',
  'meeting-number-order',
  'earlier-verslag',
  'document-ref-claimed',
  'document-ref-order',
  'person-spelling',
  'person-geleding',
];
