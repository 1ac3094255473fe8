import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseBytes, validate } from '../../src/index.js';
import { validateRecord } from '../../src/rules/validate.js';
import { FIXTURES } from '../helpers/fixtures.js';

const seed = (n: string) => join(FIXTURES, 'parse', `seed-${n}`, 'input.txt');

function findings(path: string, lang: 'en' | 'nl' = 'en'): string[] {
  const bytes = readFileSync(path);
  const record = parseBytes(bytes, { path });
  return validateRecord(record, bytes.toString('utf8'), { lang }).map((d) => `${d.position?.start.line}:${d.position?.start.column} ${d.ruleId}`);
}

describe('validate on the seeds', () => {
  it('seed 000 (no header block) gives no findings at all', () => {
    expect(findings(seed('000'))).toEqual([]);
  });

  it('seed 001 gives the careful reader’s findings, and only those', () => {
    expect(findings(seed('001'))).toEqual([
      '5:33 text-artefact', // "490 ^{ste} openbare vergadering"
      '10:95 header-fields', // "Van Driel (secretaresse) Jansen (notulist)": no comma
      '287:372 name-variant', // "Haroon Sheik" beside "Haroon Sheikh"
    ]);
  });

  it.each(['002', '003', '004'])('seed %s is plainly not a verslag: one finding', (n) => {
    expect(findings(seed(n))).toEqual([expect.stringMatching(/ not-verslag$/)]);
  });

  it('says it in Dutch with --lang nl, rule ids staying English', () => {
    const bytes = readFileSync(seed('002'));
    const [d] = validateRecord(parseBytes(bytes), bytes.toString('utf8'), { lang: 'nl' });
    expect(d).toMatchObject({ ruleId: 'not-verslag', severity: 'error' });
    expect(d!.reason).toMatch(/^Dit is geen verslag/);
  });
});

describe('validateRecord', () => {
  const minutes = 'VERSLAG\n\nDatum:\t3 maart 2021\nVoorzitter:\tJansen\nAanwezig:\tJansen, De Vries\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Rondvraag en sluiting\n\nDe voorzitter sluit de vergadering om 11:00 uur.\n';

  it('maps the parser’s warnings into the report (a Windows-1252 file)', () => {
    const bytes = iconv.encode(minutes.replace('De Vries', 'De Vriës'), 'windows-1252');
    const record = parseBytes(bytes);
    const ids = validateRecord(record, iconv.decode(bytes, 'windows-1252')).map((d) => `${d.severity} ${d.ruleId}`);
    expect(ids).toEqual(['warning encoding-fallback']);
  });

  it('drops the parser’s info notes unless a config raises them', () => {
    const text = minutes.replace('De voorzitter opent de vergadering.', 'Mevrouw Jansen is verhinderd en daarom zal mevrouw De Vries de vergadering voorzitten.');
    expect(validate(text).diagnostics.map((d) => d.ruleId)).not.toContain('chair-substitute');
    const raised = validate(text, { rules: { 'chair-substitute': { level: 'warn' } } }).diagnostics;
    expect(raised.find((d) => d.ruleId === 'chair-substitute')).toMatchObject({ severity: 'warning' });
  });

  it('a rule set to off reports nothing; error raises a warning rule', () => {
    const text = minutes.replace('Aanwezig:\tJansen, De Vries', 'Aanwezig:\tJansen (voorzitter) De Vries');
    expect(validate(text).diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['warning header-fields']);
    expect(validate(text, { rules: { 'header-fields': { level: 'off' } } }).diagnostics).toEqual([]);
    expect(validate(text, { rules: { 'header-fields': { level: 'error' } } }).diagnostics[0]!.severity).toBe('error');
  });

  it('every finding points inside the file, and carries no docs url while the project has no public home', () => {
    const text = readFileSync(join(FIXTURES, 'rules', 'text-artefact', 'not-ok', 'input.txt'), 'utf8');
    for (const d of validate(text).diagnostics) {
      expect(d.position!.start.offset).toBeLessThanOrEqual(text.length);
      expect(text.slice(d.position!.start.offset - d.position!.start.column + 1).startsWith(text.split('\n')[d.position!.start.line - 1]!)).toBe(true);
      expect(d.url).toBeUndefined();
    }
  });
});
