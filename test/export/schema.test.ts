import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseBytes, toJson, verslagJsonSchema } from '../../src/index.js';
import { verslagJsonSchemaText } from '../../src/export/schema.js';
import { cases, corpusFiles, ROOT, SHARED } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { syntheticRecord } from './synthetic.js';

const SCHEMA_FILE = join(ROOT, 'schema', 'verslag.schema.json');
const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(committed);
const errors = () => JSON.stringify(validate.errors?.slice(0, 3));

describe('JSON Schema of the record', () => {
  it('the committed schema/verslag.schema.json is what the model generates (run npm run schema after changing src/model)', () => {
    // A field added to (or removed from) the types changes the generated schema, so this fails until
    // the published file is regenerated: the types and the schema cannot drift apart unnoticed.
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(verslagJsonSchemaText());
  });

  it('is draft 2020-12 and closed: an object with a field the model lacks does not validate', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const record = JSON.parse(toJson(syntheticRecord()));
    expect(validate(record), errors()).toBe(true);
    record.agenda[0].paragraphs[0].mood = 'cheerful';
    expect(validate(record)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
  });

  it('a record missing a field of the contract does not validate', () => {
    const record = JSON.parse(toJson(syntheticRecord()));
    delete record.agenda[1].decisions[0].outcome;
    expect(validate(record)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'outcome' } });
  });

  it('the hand-built record uses every field the schema names, so exporters and round trip see them all', () => {
    // When a field is added to the model, this names it: add it to test/export/synthetic.ts and check
    // that the Markdown round trip keeps it (or say in src/export/comparable.ts why it is left out).
    const schema = verslagJsonSchema();
    expect([...schemaPaths(schema, '')].filter((p) => !usedPaths(schema, JSON.parse(toJson(syntheticRecord())), '').has(p))).toEqual([]);
  });

  for (const c of cases('parse')) {
    it(`the JSON export of fixture ${c.name} validates`, async () => {
      const r = await runCli(['export', '--to', 'json', c.input]);
      expect(r.code).toBe(0);
      expect(validate(JSON.parse(r.stdout)), errors()).toBe(true);
    });
  }

  it('the JSON export of every corpus file validates', (ctx) => {
    const files = corpusFiles();
    if (files.length === 0) ctx.skip();
    for (const file of files) {
      const record = parseBytes(readFileSync(join(SHARED, 'corpus', file)), { path: file });
      expect(validate(JSON.parse(toJson(record))), `${file}: ${errors()}`).toBe(true);
    }
  });

  it('verslag schema prints the committed schema', async () => {
    const r = await runCli(['schema']);
    expect(r).toEqual({ code: 0, stdout: readFileSync(SCHEMA_FILE, 'utf8'), stderr: '' });
  });
});

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; additionalProperties?: Node | boolean };

/** Every property path of a schema: `agenda[].decisions[].votes.for`; `{}` stands for a record's keys. */
function schemaPaths(node: Node, path: string, out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.add(`${path}.${key}`);
    schemaPaths(child, `${path}.${key}`, out);
  }
  if (node.items) schemaPaths(node.items, `${path}[]`, out);
  for (const alt of node.anyOf ?? []) schemaPaths(alt, path, out);
  if (typeof node.additionalProperties === 'object') schemaPaths(node.additionalProperties, `${path}{}`, out);
  return out;
}

/** The schema paths a value actually fills. */
function usedPaths(node: Node, value: unknown, path: string, out = new Set<string>()): Set<string> {
  if (value === null || typeof value !== 'object') return out;
  for (const alt of node.anyOf ?? []) usedPaths(alt, value, path, out);
  if (Array.isArray(value)) {
    if (node.items) for (const v of value) usedPaths(node.items, v, `${path}[]`, out);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const child = node.properties?.[key];
    if (child) {
      out.add(`${path}.${key}`);
      usedPaths(child, v, `${path}.${key}`, out);
    } else if (typeof node.additionalProperties === 'object') usedPaths(node.additionalProperties, v, `${path}{}`, out);
  }
  return out;
}
