import { z } from 'zod';
import { SCHEMA_VERSION, Verslag } from '../model/index.js';

/**
 * The JSON Schema (draft 2020-12) of the JSON export, generated from the zod model — the same
 * definition that gives the TypeScript types — so the two cannot drift. `npm run schema` writes it
 * to schema/verslag.schema.json; a test fails when the committed file is stale.
 */
export function verslagJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Verslag, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Verslag',
    description: `One parsed meeting record (verslag), schemaVersion ${SCHEMA_VERSION}. Generated from src/model by npm run schema; do not edit by hand.`,
    ...rest,
  };
}

/** The schema as the file holds it: two-space JSON and a final newline. */
export function verslagJsonSchemaText(): string {
  return JSON.stringify(verslagJsonSchema(), null, 2) + '\n';
}
