import { describe, expect, it } from 'vitest';
import { mayHaveErrors, summaryTextOf, validateArchiveProduct, type ValidatedFile } from '../../src/archive/validate-product.js';
import type { Diagnostic } from '../../src/model/index.js';

const summary = { file: 'a.txt', sha256: 'ab', kind: 'verslag' as const, refs: [], earlier: [], people: [{ name: 'Van Selm', role: 'present' as const, at: [3, 1, 20] as const }] };
const finding = (severity: Diagnostic['severity'], reason: string): Diagnostic => ({ reason, ruleId: 'name-variant', source: 'verslag:rule', severity });
const roundTrip = (value: ValidatedFile) => validateArchiveProduct.decode!(validateArchiveProduct.encode!(value));

describe("validate's product text", () => {
  it('decodes to the value it encodes, non-ASCII included', () => {
    const value: ValidatedFile = { diagnostics: [finding('warning', '‘Sheik’ lijkt ‘Sheikh’ — één spelling')], fingerprints: ['f1'], summary };
    expect([...validateArchiveProduct.encode!(value)].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect({ ...roundTrip(value) }).toEqual(value);
  });

  it('tells a file with errors from one without, by its text, even when a message quotes the mark', () => {
    const quoting = roundTrip({ diagnostics: [finding('warning', 'the text "severity":"error" is only quoted here')], fingerprints: ['f1'], summary });
    expect(mayHaveErrors(quoting)).toBe(false);
    const erring = roundTrip({ diagnostics: [finding('warning', 'w'), finding('error', 'e')], fingerprints: ['f1', 'f2'], summary });
    expect(mayHaveErrors(erring)).toBe(true);
    expect(erring.diagnostics.map((d) => d.severity)).toEqual(['warning', 'error']);
  });

  it("keeps the summary's text until it is read, with the path set meanwhile", () => {
    const value = roundTrip({ diagnostics: [], fingerprints: [], summary });
    const text = summaryTextOf(value);
    expect(JSON.parse(text)).toEqual(summary);
    validateArchiveProduct.withPath(value, 'b.txt');
    expect(summaryTextOf(value)).toBe(text);
    expect(value.summary.file).toBe('b.txt');
  });

  it('refuses text it did not write', () => {
    expect(() => validateArchiveProduct.decode!('{"diagnostics":[]}')).toThrow(SyntaxError);
    expect(() => validateArchiveProduct.decode!('{"x":1}\u001e{}')).toThrow(SyntaxError);
  });
});
