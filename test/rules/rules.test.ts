import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

/** Findings of one rule on a text, every other rule off. */
function only(id: string, text: string, options?: unknown): string[] {
  const { diagnostics } = validate(text, { rules: { [id]: { level: 'warn', ...(options ? { options } : {}) } } });
  return diagnostics.filter((d) => d.ruleId === id).map((d) => d.reason);
}

const HEAD = 'VERSLAG\n\nDatum:\t3 maart 2021\nVoorzitter:\tJansen\nAanwezig:\tJansen, Van der Veen, Van der Veer\n\n1. Opening\n\n';
const TAIL = '\n\n2. Rondvraag en sluiting\n\nDe voorzitter sluit de vergadering om 11:00 uur.\n';

describe('name-variant', () => {
  it('“Van Selm” and “van Selm” mid-sentence are one spelling', () => {
    expect(only('name-variant', `${HEAD}Mevrouw Van Selm licht het toe. De voorzitter dankt mevrouw van Selm.${TAIL}`)).toEqual([]);
  });

  it('two people the attendance list names apart are two people', () => {
    expect(only('name-variant', `${HEAD}De heer Van der Veen en de heer Van der Veer zijn het eens.${TAIL}`)).toEqual([]);
  });

  it('a surname spelt another way after an honorific is found', () => {
    expect(only('name-variant', `${HEAD}De heer Putters presenteert. De heer Puttres beantwoordt vragen. De heer Putters sluit af.${TAIL}`)).toEqual([
      '‘Puttres’ (line 9) looks like ‘Putters’ (line 9) spelt another way; expected one spelling of the name throughout',
    ]);
  });

  it('two capitalised words that are no name are not compared with names (Tweede Kamer, Hamer)', () => {
    expect(only('name-variant', `${HEAD}Mevrouw Hamer meldt dat de Tweede Kamer het advies bespreekt.${TAIL}`)).toEqual([]);
  });

  it('a plural is another word, not a misspelling', () => {
    expect(only('name-variant', `${HEAD}Volgens Anna Verhoeven en Anna Verhoevens klopt het.${TAIL}`)).toEqual([]);
  });

  it('the ignore option keeps a pair of real people quiet', () => {
    const text = `${HEAD}De heer Putters presenteert. De heer Puttres beantwoordt vragen.${TAIL}`;
    expect(only('name-variant', text, { ignore: ['Puttres'] })).toEqual([]);
  });
});

describe('agenda-opening-closing', () => {
  it('working-group notes with neither an opening nor a closing item are not held to the form', () => {
    const text = 'Notulen werkgroep\n\nDatum: 3 maart 2021\n\n1. Welkom\n\nIedereen is er.\n\n2. Architectuur\n\nBesproken.\n\n3. Afspraken\n\nGeen.\n';
    expect(only('agenda-opening-closing', text)).toEqual([]);
    expect(only('agenda-opening-closing', text, { required: true })).toEqual([
      'The agenda has an opening but no closing: it ends with item 3 ‘Afspraken’ (line 13); expected ‘Rondvraag en sluiting’ as the last item',
    ]);
  });
});

describe('closing-time', () => {
  it('a closing item that records no time is reported', () => {
    expect(only('closing-time', `${HEAD}De voorzitter opent.\n\n2. Rondvraag en sluiting\n\nEr zijn geen vragen.\n`)).toEqual([
      'The closing of the meeting is not recorded (last item at line 11); expected a sentence such as ‘De voorzitter sluit de vergadering om 12:00 uur’',
    ]);
  });
});

describe('markup-unbalanced', () => {
  it('bullets, rules, snake_case, URLs, “ * ” and emphasis across a wrapped line are not stray marks', () => {
    const body = '* een punt\n\n***\n\nZie https://example.org/a_b*c en de tabel snake_case_naam, 3 * 4.\n\nDe *nadruk loopt\nover twee regels* door.';
    expect(only('markup-unbalanced', `${HEAD}${body}${TAIL}`)).toEqual([]);
  });
});

describe('speaker-unresolved', () => {
  it('a narrated “Hij” after a mention is not a speaker reference unless it opens the paragraph', () => {
    expect(only('speaker-unresolved', `${HEAD}De heer Schouten is overleden. Hij was lang kroonlid.${TAIL}`)).toEqual([]);
  });
});

describe('text-artefact', () => {
  it('page numbers can be allowed by option', () => {
    const text = `${HEAD}De voorzitter opent.\n\n12\n\nHet gaat verder.${TAIL}`;
    expect(only('text-artefact', text)).toHaveLength(1);
    expect(only('text-artefact', text, { pageNumbers: false })).toEqual([]);
  });

  it('“werk- en privé” across a break is Dutch, not a cut word', () => {
    expect(only('text-artefact', `${HEAD}Het gaat om werk-\n\nSheet 3\n\nen privéleven.${TAIL}`)).toEqual([]);
  });
});
