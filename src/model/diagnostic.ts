import { z } from 'zod';
import { Position } from './position.js';

/**
 * One message about a file, shaped after vfile-message (reason, ruleId, source, place, fatal …)
 * but as plain JSON so it survives the export, the cache and worker threads unchanged.
 */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  /** What is wrong, in words that say what to fix. */
  reason: z.string(),
  /** Stable kebab-case id, English in every language. */
  ruleId: z.string(),
  /** Who produced it: `verslag:parse`, `verslag:rule`, `verslag:archive`. */
  source: z.string(),
  severity: Severity,
  position: Position.optional(),
  actual: z.string().optional(),
  expected: z.array(z.string()).optional(),
  url: z.string().optional(),
  /** Only for archive messages: the file the message is about (messages name both files). */
  file: z.string().optional(),
  /** A second place that belongs to the message, e.g. where a duplicate was first seen. */
  related: z.array(z.object({ file: z.string().optional(), position: Position, note: z.string() })).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
