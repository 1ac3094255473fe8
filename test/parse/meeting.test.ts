import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';
import { findDates } from '../../src/parse/dates.js';
import { splitPeople } from '../../src/parse/people.js';
import { splitLines } from '../../src/source/index.js';
import { checkInvariants } from '../helpers/invariants.js';

const HEADER = [
  'VERSLAG',
  '',
  'Vergadering:\tRaad, nr. 714 (490 ^{ste} openbare vergadering)',
  'Datum en tijd:\t16 februari 2018, 10:15 uur',
  'Plaats:  SER-gebouw, Den Haag',
  'Aanwezig:\tDe Boer, Van der Veen en Ter Weel',
  'Voorzitter:\tHamer',
  'Secretariaat:\tKuik (AV-ondersteuning), Van Driel (secretaresse) Jansen (notulist)',
  'Afwezig met kennisgeving:\tVan Geest',
  '',
  '1. Opening',
  '',
  'De voorzitter opent de vergadering.',
].join('\n');

describe('the meeting header', () => {
  const record = parseText(HEADER);

  it('reads body, numbers, date, start and place, with tab or spaces after the colon', () => {
    const { body, number, publicNumber, date, start, place, title } = record.meeting;
    expect({ body, number, publicNumber, date, start, place, title }).toEqual({
      body: 'Raad', number: 714, publicNumber: 490, date: '2018-02-16', start: '10:15', place: 'SER-gebouw, Den Haag', title: 'VERSLAG',
    });
    const at = record.meeting.positions.date!.start;
    expect([at.line, at.column, HEADER.slice(at.offset, at.offset + 16)]).toEqual([4, 16, '16 februari 2018']);
  });

  it('splits attendance into people, with roles, including a missing comma and a final "en"', () => {
    expect(record.meeting.present.map((p) => p.name)).toEqual(['De Boer', 'Van der Veen', 'Ter Weel']);
    expect(record.meeting.secretariat.map((p) => [p.name, p.role])).toEqual([
      ['Kuik', 'AV-ondersteuning'],
      ['Van Driel', 'secretaresse'],
      ['Jansen', 'notulist'],
    ]);
    expect(record.meeting.absent.map((p) => p.name)).toEqual(['Van Geest']);
    expect(record.meeting.chair?.name).toBe('Hamer');
    expect(checkInvariants(record, HEADER)).toEqual([]);
  });

  it('keeps each person’s position in the original file', () => {
    const jansen = record.meeting.secretariat[2]!;
    expect(HEADER.slice(jansen.position!.start.offset, jansen.position!.end.offset)).toBe('Jansen (notulist)');
  });

  it('reads organisations and roles from "Naam (Organisatie - voorzitter)" lists', () => {
    const text = 'Deelnemers:\n\n- Martin van der Plas (Logius - voorzitter)\n- Edwin Wisse (Logius)\n\n## Verslag\n\n## Welkom\n\nTekst.\n\n## Sluiting\n\nTekst.\n';
    const m = parseText(text).meeting;
    expect(m.present.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Martin van der Plas', 'Logius', 'voorzitter'],
      ['Edwin Wisse', 'Logius', undefined],
    ]);
    expect(m.chair?.name).toBe('Martin van der Plas');
  });

  it('reads a Markdown attendance table with first and last names', () => {
    const text = '## Aanwezigen\n\n|Achternaam|Voornaam|Organisatie|\n| --- | --- | --- |\n| Backer | Mark | VNG |\n| van der Plas | Martin | Logius |\n';
    expect(parseText(text).meeting.present.map((p) => [p.name, p.organisation])).toEqual([
      ['Mark Backer', 'VNG'],
      ['Martin van der Plas', 'Logius'],
    ]);
  });
});

describe('what the running text says about the meeting', () => {
  it.each([
    ['De voorzitter sluit onder dankzegging de vergadering om 12:00 uur.', '12:00'],
    ['Niets meer aan de orde zijnde, sluit de voorzitter de vergadering om 12.05 uur.', '12:05'],
    ['Om 16.30 uur sluit de voorzitter de vergadering.', '16:30'],
    ['De vergadering wordt om 17:15 uur gesloten.', '17:15'],
  ])('closing time from "%s"', (sentence, end) => {
    expect(parseText(`1. Rondvraag en sluiting\n\n${sentence}\n`).meeting.end).toBe(end);
  });

  it.each([
    ['Mevrouw Hamer is vandaag verhinderd en daarom zal mevrouw Thijssen de vergadering voorzitten.', 'Thijssen'],
    ['De vergadering wordt voorgezeten door de heer Van der Veen.', 'Van der Veen'],
    ['De heer Putters neemt het voorzitterschap waar.', 'Putters'],
    ['Onder voorzitterschap van mevrouw Geel wordt de agenda besproken.', 'Geel'],
  ])('a substitute chair from "%s"', (sentence, chair) => {
    const record = parseText(`Voorzitter:\tHamer\n\n1. Opening\n\n${sentence}\n`);
    expect(record.meeting.chair?.name).toBe(chair);
    expect(record.diagnostics.find((d) => d.ruleId === 'chair-substitute')?.reason).toContain(chair);
  });

  it.each([
    'Deze commissie wordt voorgezeten door Wilfred Nas. De commissie loopt goed.',
    'Deze werd voorgezeten door Tino Zijdel.',
    'De werkgroep staat onder voorzitterschap van mevrouw Geel.',
  ])('no substitute chair when another body is the one chaired: "%s"', (sentence) => {
    const record = parseText(`Voorzitter:\tHamer\n\n1. Commissies\n\n${sentence}\n`);
    expect(record.meeting.chair?.name).toBe('Hamer');
    expect(record.diagnostics.filter((d) => d.ruleId === 'chair-substitute')).toEqual([]);
  });

  it('absences stated in the text', () => {
    const record = parseText('1. Opening\n\nMevrouw Hamer is vandaag verhinderd. De heer Timmer, die vandaag helaas verhinderd is, wordt gemist.\n');
    expect(record.meeting.absent.map((p) => p.name)).toEqual(['Hamer', 'Timmer']);
  });
});

describe('Dutch dates', () => {
  it('reads written and numeric dates, and checks a written weekday', () => {
    expect(findDates('vrijdag 19 juni 2020')).toMatchObject([{ iso: '2020-06-19', weekday: 'vrijdag', weekdayMismatch: false }]);
    expect(findDates('donderdag 19 juni 2020')).toMatchObject([{ iso: '2020-06-19', weekdayMismatch: true }]);
    expect(findDates('op 30-11-2022 en 13-april-2023').map((d) => d.iso)).toEqual(['2022-11-30', '2023-04-13']);
  });

  it('infers the year of "19 januari jl." from the meeting date, and marks it inferred', () => {
    expect(findDates('d.d. 19 januari jl.', { year: 2018, before: '2018-02-16' })).toMatchObject([{ iso: '2018-01-19', yearInferred: true }]);
    expect(findDates('d.d. 12 december jl.', { year: 2018, before: '2018-02-16' })).toMatchObject([{ iso: '2017-12-12', yearInferred: true }]);
  });

  it('refuses impossible dates', () => {
    expect(findDates('31 februari 2020')).toEqual([]);
  });
});

describe('splitting a list of people', () => {
  it('the missing-comma case, positions on each', () => {
    const value = 'Van Driel (secretaresse) Jansen (notulist)';
    const people = splitPeople(value, 0, splitLines(value));
    expect(people.map((p) => [p.name, p.role, p.position!.start.column])).toEqual([
      ['Van Driel', 'secretaresse', 1],
      ['Jansen', 'notulist', 26],
    ]);
  });
});

describe('telling minutes from other texts', () => {
  const LISTING = [
    '# Minutes from other bodies',
    '',
    'Files kept here for testing.',
    '',
    '| file | what it shows |',
    '|---|---|',
    '| fronteers/notulen-alv-2018.txt | general meeting |',
    '| logius/verslag-overleg-2021.txt | working group |',
  ].join('\n');

  it('a table that names notulen and verslag files does not make a text minutes', () => {
    const record = parseText(LISTING);
    expect(record.kind).toBe('not-verslag');
    expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['not-verslag']);
  });

  it('the same words in a title still count', () => {
    const record = parseText(LISTING.replace('# Minutes from other bodies', '# Notulen van de ledenvergadering').replace('Files kept here for testing.', 'De voorzitter opent de vergadering.'));
    expect(record.kind).toBe('verslag');
  });
});
