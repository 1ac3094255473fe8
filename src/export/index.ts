// One file per export format; the CLI (src/cli/commands/export.ts) picks one by name.
export { comparable } from './comparable.js';
export { type Contribution, contributions } from './contributions.js';
export { type CsvOptions, toCsv } from './csv.js';
export { EXTENSIONS, type Format, FORMATS } from './formats.js';
export { DEFAULT_FIELDS, type Field, FIELDS, parseFields } from './fields.js';
export { toJson, toJsonAll } from './json.js';
export { toJsonl } from './jsonl.js';
export { toMarkdown, toMarkdownTree } from './markdown.js';
export { verslagJsonSchema, verslagJsonSchemaText } from './schema.js';
export { toYaml, toYamlAll } from './yaml.js';

