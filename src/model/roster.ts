import { z } from 'zod';

/**
 * A roster file (`--roster leden.yaml`): who sits for which geleding, from when to when. It wins
 * where the text says nothing; it never silently overrides what the text says.
 */
export const RosterMember = z.strictObject({
  name: z.string().min(1).max(200),
  geleding: z.string().min(1).max(100).optional(),
  organisation: z.string().max(200).optional(),
  /** Other spellings of the name that refer to this person. */
  aliases: z.array(z.string().max(200)).max(50).optional(),
  /** ISO dates; the membership holds on meetings from `from` through `to`. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type RosterMember = z.infer<typeof RosterMember>;

export const Roster = z.strictObject({
  /** The geleding vocabulary of this body; SER's when left out. */
  geledingen: z.array(z.string().min(1).max(100)).max(200).optional(),
  members: z.array(RosterMember).max(100_000),
});
export type Roster = z.infer<typeof Roster>;
