import { parseDocument } from 'yaml';
import { z } from 'zod';
import { type Diagnostic, Evidence, Meeting, PersonRef, type Position, Speaker, type Verslag } from '../../model/index.js';
import { MARKER_KEY, RESERVED_KEYS } from './format.js';

/** What the front matter of an export gives back. */
export interface FrontMatter {
  kind: Verslag['kind'];
  meeting: Meeting;
  speakers: Speaker[];
  diagnostics: Diagnostic[];
}

// The front matter is the user's file: aliases can't blow it up (as for rosters, src/api/roster.ts).
const MAX_ALIASES = 100;

/** A person is written as a bare name or as a mapping with role and organisation. */
const FrontPerson = z.union([z.string().transform((name) => ({ name })), PersonRef.omit({ position: true })]);
const FrontSpeaker = Speaker.omit({ position: true }).extend({ evidence: z.array(Evidence.omit({ position: true })) });
const PEOPLE = ['present', 'absent', 'secretariat'] as const;

/**
 * Read the YAML front matter of an exported verslag. Total, like the parser: a key that doesn't fit
 * the model is left out with a diagnostic naming it, and the rest is kept.
 */
export function readFrontMatter(yaml: string, position: Position | undefined): FrontMatter {
  const out: FrontMatter = { kind: 'verslag', meeting: { present: [], absent: [], secretariat: [], positions: {} }, speakers: [], diagnostics: [] };
  const problem = (reason: string) =>
    out.diagnostics.push({ source: 'verslag:parse', ruleId: 'markdown-front-matter', severity: 'warning', reason, ...(position ? { position } : {}) });

  let data: unknown;
  try {
    // logLevel silent: a library must not print; a stack overflow on absurd nesting lands in the catch.
    const doc = parseDocument(yaml, { customTags: [], logLevel: 'silent', uniqueKeys: true });
    const error = doc.errors[0];
    if (error) throw error;
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    problem(`The front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return out;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem('The front matter is not a mapping of keys to values');
    return out;
  }

  const meetingShape = Meeting.shape as Record<string, z.ZodType>;
  const meeting: Record<string, unknown> = out.meeting;
  for (const [key, value] of Object.entries(data)) {
    if (key === MARKER_KEY || key === 'source') continue;
    if (key === 'kind') {
      const kind = z.enum(['verslag', 'not-verslag']).safeParse(value);
      if (kind.success) out.kind = kind.data;
      else problem(`Front matter key kind: expected "verslag" or "not-verslag"`);
      continue;
    }
    if (key === 'speakers') {
      out.speakers = readList(value, FrontSpeaker, 'speakers', problem);
      continue;
    }
    if ((PEOPLE as readonly string[]).includes(key)) {
      meeting[key] = readList(value, FrontPerson, key, problem);
      continue;
    }
    const schema = key === 'chair' ? FrontPerson : key !== 'positions' && !(RESERVED_KEYS as readonly string[]).includes(key) ? meetingShape[key] : undefined;
    if (!schema) {
      problem(`Front matter key ${key} is not a meeting field; it was left out`);
      continue;
    }
    const checked = schema.safeParse(value);
    if (checked.success) meeting[key] = checked.data;
    else problem(`Front matter key ${key}: ${checked.error.issues[0]?.message ?? 'not a valid value'}`);
  }
  return out;
}

function readList<T>(value: unknown, schema: z.ZodType<T>, key: string, problem: (reason: string) => void): T[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problem(`Front matter key ${key}: expected a list`);
    return [];
  }
  const out: T[] = [];
  value.forEach((entry, i) => {
    const checked = schema.safeParse(entry);
    if (checked.success) out.push(checked.data);
    else problem(`Front matter key ${key}[${i}]: ${checked.error.issues[0]?.message ?? 'not a valid value'} (${checked.error.issues[0]?.path.join('.') || 'entry'})`);
  });
  return out;
}
