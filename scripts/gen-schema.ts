// `npm run schema`: write schema/verslag.schema.json from the zod model (src/model). Commit the
// result; test/export/schema.test.ts fails while the committed file differs from the model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verslagJsonSchemaText } from '../src/export/schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'verslag.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, verslagJsonSchemaText());
console.log(`wrote ${target}`);
