import { Roster } from '../model/index.js';

// Limits for YAML read from users' files: a hostile file can't exhaust memory through aliases,
// size or depth (a "billion laughs" roster fails fast).
export const YAML_LIMITS = { maxBytes: 5 * 1024 * 1024, maxAliasCount: 100 } as const;

export type RosterResult = { ok: true; roster: Roster } | { ok: false; error: string };

/** Parse and check roster YAML text. Errors name the key and what was expected. */
export async function loadRoster(text: string): Promise<RosterResult> {
  if (text.length > YAML_LIMITS.maxBytes) return { ok: false, error: `the roster is larger than ${YAML_LIMITS.maxBytes} bytes` };
  const { parse } = await import('yaml');
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: YAML_LIMITS.maxAliasCount, prettyErrors: true, customTags: [] });
  } catch (e) {
    return { ok: false, error: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
  const checked = Roster.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    return { ok: false, error: `roster key ${key}: ${issue.message}` };
  }
  return { ok: true, roster: checked.data };
}
