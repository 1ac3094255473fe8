/**
 * The version of the record model (see verslag.ts). In a file of its own, without zod, so code
 * that only stamps records (the parser) does not load the schemas at start-up.
 */
export const SCHEMA_VERSION = 1 as const;
