import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

// A header with a missing comma gives one header-fields finding on line 5.
const HEADER = 'VERSLAG\n\nDatum:\t3 maart 2021\nVoorzitter:\tJansen\nAanwezig:\tJansen (voorzitter) De Vries\n';
const BODY = '\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Rondvraag en sluiting\n\nDe voorzitter sluit de vergadering om 11:00 uur.\n';
const ids = (text: string) => validate(text).diagnostics.map((d) => `${d.position?.start.line} ${d.ruleId}`);

describe('inline suppression with HTML comments', () => {
  it('without a comment the finding is there', () => {
    expect(ids(HEADER + BODY)).toEqual(['5 header-fields']);
  });

  it('disable-next-line hides the finding on the next line with text', () => {
    const text = HEADER.replace('Aanwezig:', '<!-- verslag-disable-next-line header-fields -- the chair sits in the list -->\n\nAanwezig:') + BODY;
    expect(ids(text)).toEqual([]);
  });

  it('disable … enable hides findings in between, and only of the rules named', () => {
    const text = `<!-- verslag-disable header-fields, name-variant -->\n${HEADER}<!-- verslag-enable header-fields -->\n${BODY}`;
    // name-variant was disabled and never suppressed anything: that is reported.
    expect(ids(text)).toEqual(['1 unused-suppression']);
  });

  it('a disable with no ids hides every rule', () => {
    expect(ids(`<!-- verslag-disable -->\n${HEADER}${BODY}`)).toEqual([]);
  });

  it('an unused suppression is reported where it stands, saying what it would hide', () => {
    const text = `${HEADER.replace('(voorzitter) De', '(voorzitter), De')}<!-- verslag-disable-next-line speaker-unlisted -->\n${BODY}`;
    const [d] = validate(text).diagnostics;
    expect(d).toMatchObject({ ruleId: 'unused-suppression', severity: 'warning', position: { start: { line: 6, column: 1 } } });
    expect(d!.reason).toBe('‘<!-- verslag-disable-next-line speaker-unlisted -->’ suppresses nothing: there is no speaker-unlisted finding for it to hide; expected the comment removed');
  });

  it('an id that is no rule is reported', () => {
    const text = `<!-- verslag-disable-next-line header-feilds -->\n${HEADER}${BODY}`;
    expect(validate(text).diagnostics.map((d) => d.reason)).toContain(
      '‘<!-- verslag-disable-next-line header-feilds -->’ names ‘header-feilds’, which is not a rule id; expected one of the ids that verslag validate --help lists',
    );
  });

  it('works the same in Markdown, where the comment is invisible', () => {
    const md = `# Verslag\n\n- Datum: 3 maart 2021\n- Voorzitter: Jansen\n<!-- verslag-disable-next-line header-fields -->\n- Aanwezig: Jansen (voorzitter) De Vries\n\n## 1. Opening\n\nDe voorzitter opent de vergadering.\n\n## 2. Rondvraag en sluiting\n\nDe voorzitter sluit de vergadering om 11:00 uur.\n`;
    expect(validate(md, { markdown: true }).diagnostics.map((d) => d.ruleId)).toEqual([]);
    expect(validate(md.replace(/<!--.*-->\n/, ''), { markdown: true }).diagnostics.map((d) => d.ruleId)).toEqual(['header-fields']);
  });

  it('unused-suppression can be turned off like a rule', () => {
    const text = `<!-- verslag-disable name-variant -->\n${HEADER}${BODY}`;
    expect(validate(text, { rules: { 'unused-suppression': { level: 'off' }, 'header-fields': { level: 'off' } } }).diagnostics).toEqual([]);
  });
});
