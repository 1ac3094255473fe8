import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { fingerprint, makeBaseline, newFindings } from '../../src/report/baseline.js';
import { parseBaseline } from '../../src/report/parse-baseline.js';
import { splitLines } from '../../src/source/index.js';

const TEXT = 'VERSLAG\n\nDatum:\t3 maart 2021\nVoorzitter:\tJansen\nAanwezig:\tJansen (voorzitter) De Vries\n\n1. Opening\n\nDe heer Putters presenteert. De heer Puttres antwoordt.\n\n2. Rondvraag en sluiting\n\nDe voorzitter sluit de vergadering om 11:00 uur.\n';

function reportOf(text: string, path = 'a.txt') {
  const { diagnostics } = validate(text);
  const lines = splitLines(text);
  return { path, diagnostics, fingerprints: diagnostics.map((d) => fingerprint(d, lines)) };
}

describe('baseline', () => {
  it('holds today’s findings, so the same file reports nothing new', () => {
    const today = reportOf(TEXT);
    expect(today.diagnostics.map((d) => d.ruleId)).toEqual(['header-fields', 'name-variant']);
    const baseline = makeBaseline([today]);
    expect(newFindings([today], baseline)[0]!.diagnostics).toEqual([]);
  });

  it('a finding moved down by inserted lines is still known', () => {
    const baseline = makeBaseline([reportOf(TEXT)]);
    const shifted = reportOf(TEXT.replace('1. Opening\n', '1. Opening\n\nEen nieuwe alinea.\n\nNog een.\n'));
    expect(shifted.diagnostics.find((d) => d.ruleId === 'name-variant')!.position!.start.line).toBe(13);
    expect(newFindings([shifted], baseline)[0]!.diagnostics).toEqual([]);
  });

  it('a new finding is reported; one of the same rule elsewhere is not confused with it', () => {
    const baseline = makeBaseline([reportOf(TEXT)]);
    const later = reportOf(TEXT.replace('De voorzitter sluit', 'De heer Jansn vraagt of de heer Jansen klaar is. De voorzitter sluit'));
    const fresh = newFindings([later], baseline)[0]!.diagnostics.map((d) => `${d.ruleId} ${d.actual}`);
    expect(fresh).toContain('name-variant Jansn');
    expect(fresh).not.toContain('name-variant Puttres');
    expect(fresh.some((f) => f.startsWith('header-fields'))).toBe(false);
  });

  it('is per file: the same finding in another file is new', () => {
    const baseline = makeBaseline([reportOf(TEXT, 'a.txt')]);
    expect(newFindings([reportOf(TEXT, 'b.txt')], baseline)[0]!.diagnostics).toHaveLength(2);
  });

  it('round-trips through its JSON, and a damaged file names what is wrong', () => {
    const baseline = makeBaseline([reportOf(TEXT)]);
    expect(parseBaseline(JSON.stringify(baseline))).toEqual({ ok: true, baseline });
    expect(parseBaseline('{"version":2,"findings":[]}')).toEqual({ ok: false, error: 'key version: Invalid input: expected 1' });
    expect(parseBaseline('nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
  });
});
