import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/index.js';
import { parseBytes } from '../../src/api/parse.js';
import { RULES } from '../../src/rules/index.js';
import { validateRecord } from '../../src/rules/validate.js';
import { cases, expectedFile, FIXTURES } from '../helpers/fixtures.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** One line per finding, as a notulist reads them: `line:column severity message rule-id`. */
function lines(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.position?.start.line ?? 0}:${d.position?.start.column ?? 0} ${d.severity} ${d.reason}  ${d.ruleId}`).join('\n') + '\n';
}

function run(input: string, only?: string, lang: 'en' | 'nl' = 'en'): Diagnostic[] {
  const bytes = readFileSync(input);
  const record = parseBytes(bytes, { path: input });
  const rules = only ? Object.fromEntries(RULES.filter((r) => r.id !== only).map((r) => [r.id, { level: 'off' as const }])) : {};
  return validateRecord(record, bytes.toString('utf8'), { rules: { ...rules, 'unused-suppression': { level: only ? 'off' : 'warn' } }, lang });
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const dir = join(FIXTURES, 'rules', id);
  const byName = Object.fromEntries(cases(`rules/${id}`).map((c) => [c.name, c]));

  it('has an id, a default severity, a description and a why', () => {
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(['warn', 'error']).toContain(rule.severity);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.why.length).toBeGreaterThan(20);
    // Documented in the README under its own anchor (findings carry no online link yet).
    expect(README).toContain(`<a id="rule-${id}"></a>\`${id}\``);
  });

  it('finds nothing in its ok fixture (no rule does)', () => {
    expect(byName.ok, `${dir}/ok/input.txt`).toBeDefined();
    expect(lines(run(byName.ok!.input))).toBe('\n');
  });

  it('reports exactly the expected lines for its not-ok fixture, in English and Dutch', () => {
    expect(byName['not-ok'], `${dir}/not-ok/input.txt`).toBeDefined();
    const input = byName['not-ok']!.input;
    const en = run(input, id, 'en');
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((d) => d.ruleId === id && d.source === 'verslag:rule')).toBe(true);
    expect(lines(en)).toBe(expectedFile(join(dir, 'not-ok', 'expected.en.txt'), lines(en)));
    const nl = run(input, id, 'nl');
    expect(lines(nl)).toBe(expectedFile(join(dir, 'not-ok', 'expected.nl.txt'), lines(nl)));
  });
});
