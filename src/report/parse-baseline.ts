import { z } from 'zod';
import { BASELINE_VERSION, type Baseline } from './baseline.js';

// Apart from baseline.ts, so that zod loads only when a baseline is read (see rules/types.ts).
const BaselineFile: z.ZodType<Baseline> = z.strictObject({
  version: z.literal(BASELINE_VERSION),
  findings: z.array(z.strictObject({ file: z.string(), ruleId: z.string(), fingerprint: z.string(), count: z.number().int().min(1) })),
});

/** Parse a baseline file's text; an error names what is wrong. */
export function parseBaseline(text: string): { ok: true; baseline: Baseline } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  const checked = BaselineFile.safeParse(data);
  if (checked.success) return { ok: true, baseline: checked.data };
  const issue = checked.error.issues[0]!;
  return { ok: false, error: `key ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
}
