import type { Config } from '../config/schema.js';
import type { Lang } from '../i18n/index.js';
import { parserReason } from '../i18n/parser.js';
import type { Diagnostic, Verslag } from '../model/index.js';
import { sortDiagnostics } from '../report/sort.js';
import { type Lines, splitLines } from '../source/index.js';
import { toSeverity } from './define-rule.js';
import { OTHER_IDS, RULE_IDS, RULES } from './index.js';
import { applySuppressions, readDirectives, UNUSED_ID } from './suppressions.js';

export interface ValidateSettings {
  /** Rule levels and options (from `.verslagrc.yaml` and `--rule`); rules not named keep their default. */
  rules?: Config['rules'];
  lang?: Lang;
}

const KNOWN_IDS: ReadonlySet<string> = new Set([...RULE_IDS, ...OTHER_IDS]);

/**
 * Every finding for one file: the parser's diagnostics, then each rule's, less what inline
 * comments suppress, plus the suppressions that suppress nothing. Sorted by position.
 *
 * A file the parser calls `not-verslag` gets that one finding and nothing else: rules about
 * agendas and speakers would only bury the one thing to say about it.
 */
export function validateRecord(record: Verslag, text: string, settings: ValidateSettings = {}, textLines?: Lines): Diagnostic[] {
  const lang = settings.lang ?? 'en';
  const levelOf = (id: string) => settings.rules?.[id]?.level;
  const out: Diagnostic[] = [];
  for (const d of record.diagnostics) {
    const level = levelOf(d.ruleId);
    if (level === 'off') continue;
    const severity = level ? toSeverity(level) : d.severity;
    // `info` notes (a substitute chair) describe the parse, not a problem; `verslag parse` shows them.
    if (severity === 'info') continue;
    out.push({ ...d, severity, reason: parserReason(d, lang) });
  }
  if (record.kind === 'not-verslag') return sortDiagnostics(out);

  // The caller's lines when it has split the text already (they must be this text's).
  const lines = textLines ?? splitLines(text);
  for (const rule of RULES) {
    const level = levelOf(rule.id) ?? rule.severity;
    if (level === 'off') continue;
    const options = settings.rules?.[rule.id]?.options;
    out.push(...rule.run({ record, text, lines }, { level, lang, ...(options !== undefined ? { options } : {}) }));
  }

  const { kept, problems } = applySuppressions(out, readDirectives(lines), { knownIds: KNOWN_IDS, lines, lang });
  const unusedLevel = levelOf(UNUSED_ID) ?? 'warn';
  if (unusedLevel !== 'off') {
    for (const p of problems) kept.push({ ...p, ruleId: UNUSED_ID, source: 'verslag:rule', severity: toSeverity(unusedLevel) });
  }
  return sortDiagnostics(kept);
}
