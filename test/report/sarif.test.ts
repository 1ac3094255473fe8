import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/index.js';
import { formatSarif, toUri } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { validateRecord } from '../../src/rules/validate.js';
import { FIXTURES } from '../helpers/fixtures.js';

// The official schema (see sarif-schema-2.1.0.README.md for where it comes from). It is draft-07,
// which ajv's default class reads; strict off because the schema uses keywords ajv's strict mode dislikes.
const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const check = ajv.compile(schema);

function sarifFor(input: string): unknown {
  const bytes = readFileSync(input);
  const record = parseBytes(bytes, { path: 'fixtures/rules/x/not-ok/input.txt' });
  const diagnostics = validateRecord(record, bytes.toString('utf8'));
  return JSON.parse(formatSarif([{ path: 'fixtures/rules/header-fields/not-ok/input.txt', diagnostics }], { version: '0.1.0', rules: RULES, lang: 'en' }));
}

describe('SARIF 2.1.0', () => {
  it('the stored schema has all 52 definitions of the official one', () => {
    expect(Object.keys(schema.definitions)).toHaveLength(52);
  });

  it.each(['header-fields', 'agenda-numbering', 'name-variant', 'document-ref-format'])('output for the %s not-ok fixture validates against the schema', (id) => {
    const log = sarifFor(join(FIXTURES, 'rules', id, 'not-ok', 'input.txt')) as { runs: Array<{ results: Array<{ ruleId: string; locations: unknown[] }> }> };
    expect(check(log), JSON.stringify(check.errors, null, 2)).toBe(true);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results.some((r) => r.ruleId === id)).toBe(true);
  });

  it('a clean run still has a results array, and validates', () => {
    const log = JSON.parse(formatSarif([{ path: 'ok.txt', diagnostics: [] }], { version: '0.1.0', rules: RULES, lang: 'nl' }));
    expect(log.runs[0].results).toEqual([]);
    expect(check(log), JSON.stringify(check.errors)).toBe(true);
  });

  it('a finding with related places and a rule outside the registry validates, with the descriptor added', () => {
    const reason = 'The file is not valid UTF-8';
    const log = JSON.parse(
      formatSarif(
        [
          {
            path: 'map met spatie/<stdin>',
            diagnostics: [
              { reason, ruleId: 'encoding-fallback', source: 'verslag:source', severity: 'warning' },
              {
                reason: 'dup',
                ruleId: 'document-ref-format',
                source: 'verslag:rule',
                severity: 'warning',
                position: { start: { line: 2, column: 1, offset: 5 }, end: { line: 2, column: 1, offset: 5 } },
                related: [{ position: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 9, offset: 8 } }, note: 'item 1' }],
              },
            ],
          },
        ],
        { version: '0.1.0', rules: RULES, lang: 'en' },
      ),
    );
    expect(check(log), JSON.stringify(check.errors)).toBe(true);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('encoding-fallback');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('map%20met%20spatie/%3Cstdin%3E');
  });

  it('paths become URI references with forward slashes', () => {
    expect(toUri('a\\b c\\d.txt')).toBe('a/b%20c/d.txt');
  });
});
