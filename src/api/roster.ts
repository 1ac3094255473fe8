import type { Roster } from '../model/index.js';
import { parseYaml, YAML_LIMITS } from './safe-yaml.js';

// Limits for YAML read from users' files live with the safe reader; re-exported for old importers.
export { YAML_LIMITS };

export type RosterResult = { ok: true; roster: Roster } | { ok: false; error: string };

/** Parse and check roster YAML text. Errors name the key and what was expected. */
export async function loadRoster(text: string): Promise<RosterResult> {
  const parsed = await parseYaml(text, 'roster');
  if (!parsed.ok) return parsed;
  // The schema (and zod) only when there is a roster to check: most runs have none.
  const { Roster } = await import('../model/roster.js');
  const checked = Roster.safeParse(parsed.data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    return { ok: false, error: `roster key ${key}: ${issue.message}` };
  }
  return { ok: true, roster: checked.data };
}
