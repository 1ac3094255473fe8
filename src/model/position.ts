import { z } from 'zod';

/**
 * unist-style point. `line` and `column` are 1-based, `offset` 0-based. Columns and offsets count
 * UTF-16 code units of the decoded text with its original line endings kept (a BOM is not counted),
 * so they are what an editor that works in JavaScript strings shows for the original file.
 */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof Point>;

export const Position = z.object({ start: Point, end: Point });
export type Position = z.infer<typeof Position>;
