import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText } from '../../src/index.js';
import { FIXTURES } from '../helpers/fixtures.js';

const item = (body: string[], title = 'Bespreking') => parseText(`Voorzitter:\tHamer\n\n1. ${title}\n\n${body.join('\n\n')}\n`).agenda[0]!;

describe('decisions: the Dutch formulae for outcomes', () => {
  it.each([
    ['Het verslag wordt onder dankzegging ongewijzigd vastgesteld.', 'verslag', 'vastgesteld', false, false],
    ['Het verslag wordt zonder verdere tekstuele wijzigingen vastgesteld.', 'verslag', 'vastgesteld', false, false],
    ['Het advies wordt door de raadsleden unaniem vastgesteld.', 'advies', 'vastgesteld', true, false],
    ['Hiermee wordt het briefadvies in de raad formeel vastgesteld.', 'briefadvies', 'vastgesteld', false, false],
    ['De notulen worden met inachtneming van de wijzigingen vastgesteld.', 'notulen', 'vastgesteld', false, true],
    ['De motie wordt verworpen.', 'motie', 'verworpen', false, false],
    ['Het voorstel wordt aangehouden tot de volgende vergadering.', 'voorstel', 'aangehouden', false, false],
    ['De raad stemt in met het voorstel.', 'voorstel', 'ingestemd', false, false],
    ['Er wordt decharge verleend aan het bestuur.', 'decharge', 'verleend', false, false],
    ['Besluit: de werkgroep gaat door in de huidige samenstelling.', 'besluit', 'besloten', false, false],
  ])('"%s" → %s %s (unanimous %s, amended %s)', (sentence, subject, outcome, unanimous, amended) => {
    const decisions = item([sentence]).decisions;
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ subject, outcome, unanimous, amended, text: sentence });
    expect(decisions[0]!.position.start.line).toBe(5);
  });

  it('reads vote counts where given', () => {
    const [d] = item(['Het amendement wordt aangenomen met 12 stemmen voor, 3 tegen en 1 onthouding.']).decisions;
    expect(d).toMatchObject({ subject: 'amendement', outcome: 'aangenomen', votes: { for: 12, against: 3, abstain: 1 } });
  });

  it('the subject comes from the item title when the sentence names none', () => {
    expect(item(['Het wordt ongewijzigd vastgesteld.'], 'Verslag van de vergadering van 19 juni 2020').decisions[0]?.subject).toBe('verslag');
  });

  it('is not a decision: a presenter announcing it, or a decision still to come', () => {
    expect(item(['Mevrouw Termeer verzorgt de presentatie.', 'Het advies is door de Commissie IMVO voorbereid en wordt vandaag vastgesteld. Het ministerie heeft de SER om advies gevraagd over de beleidsmixen van het ministerie zelf en extra advies over de Europese context.']).decisions).toEqual([]);
    expect(item(['Het verslag zal in de volgende vergadering worden vastgesteld.']).decisions).toEqual([]);
    expect(item(['De raad kan later besluiten over de begroting.']).decisions).toEqual([]);
  });

  it('a modal after the outcome is part of what was decided', () => {
    const [d] = item(['Hoe gaan we om met klachten? We besluiten dat het bestuur een klacht in behandeling moet nemen.']).decisions;
    expect(d).toMatchObject({ outcome: 'besloten', text: 'We besluiten dat het bestuur een klacht in behandeling moet nemen.' });
  });

  it('"Besloten wordt" and "er wordt besloten" are the meeting deciding, also inside a speaker’s paragraph', () => {
    expect(item(['Besloten wordt deze verwijzingen op te nemen als referentie.']).decisions.map((d) => d.outcome)).toEqual(['besloten']);
    const spoken = item(['De heer Kamp licht het voorstel toe en er wordt besloten het voorstel over te nemen.']);
    expect(spoken.paragraphs[0]!.speaker?.name).toBe('Kamp');
    expect(spoken.decisions.map((d) => d.outcome)).toEqual(['besloten']);
  });

  it('every sentence of an item titled "Besluit" is a decision (unnumbered minutes whose sections are items)', () => {
    const record = parseText('# Werkgroep personen\n\n## Bespreking\n\nWe overlopen de concepten.\n\n## Besluit\n\nDe concepten zijn bekeken. Elk concept heeft een prioriteit.\n', { markdown: true });
    expect(record.agenda.map((i) => i.title)).toEqual(['Bespreking', 'Besluit']);
    expect(record.agenda[1]!.decisions.map((d) => d.text)).toEqual(['De concepten zijn bekeken.', 'Elk concept heeft een prioriteit.']);
    expect(record.agenda[0]!.decisions).toEqual([]);
  });
});

describe('actions: commitments to a later act', () => {
  it.each([
    [['Mevrouw Prins zal dit signaal overbrengen aan de voorzitter van de Commissie IMVO.'], 'Prins'],
    [['Aangezien de tijd beperkt is doet mevrouw Meerman het aanbod om een webinar te organiseren.'], 'Meerman'],
    [['De heer Van Wijngaarden wijst op het boekje dat hij straks op de balie zal leggen.'], 'Van Wijngaarden'],
    [['De voorzitter zal de minister een brief sturen.'], 'Hamer'],
    [['Het secretariaat zal de stukken rondsturen.'], 'secretariaat'],
    [['Actie: Pieter agendeert dit punt voor de volgende werkgroep.'], 'Pieter'],
  ])('%j → %s', (body, who) => {
    const actions = item(body).actions;
    expect(actions.map((a) => a.who)).toEqual([who]);
  });

  it('announcements of talk and statements of fact are not actions', () => {
    const body = [
      'Mevrouw Van Selm zal de raad bijpraten over internationaal ondernemen.',
      'De heer Nijpels licht het toe. Hij zal de eerste maatregel uitlichten.',
      'Mevrouw Meerman zal, aan de hand van een presentatie, ingaan op de implementatie.',
      'Dit zal leiden tot een apart advies.',
      'De voorzitter feliciteert Sam Huberts en biedt hem een bos bloemen aan.',
    ];
    expect(item(body).actions).toEqual([]);
  });

  it('working-group minutes: a listed person who will do something', () => {
    const text = '### Aanwezig\n\n-   Edwin Martin\n-   Anneke Sinnema\n\n## Website\n\nEdwin gaat een nieuwe datum prikken.\n\n## Promotie\n\nAnneke neemt contact met RFTO op.\n';
    const record = parseText(text);
    expect(record.agenda.flatMap((i) => i.actions.map((a) => a.who))).toEqual(['Edwin Martin', 'Anneke Sinnema']);
  });
});

describe('the seeds', () => {
  const seed = (n: string) => parseBytes(readFileSync(join(FIXTURES, 'parse', `seed-${n}`, 'input.txt')), { path: `seed-${n}` });

  it('nobody listed as absent (Verhinderd) is attributed a paragraph', () => {
    for (const n of ['000', '001']) {
      const record = seed(n);
      const absent = new Set(record.meeting.absent.map((p) => p.name));
      expect(absent.size).toBeGreaterThan(0);
      const speaking = record.agenda.flatMap((i) => i.paragraphs).flatMap((p) => (p.speaker ? [p.speaker.name] : []));
      expect(speaking.filter((name) => absent.has(name))).toEqual([]);
    }
  });

  it('Hamer is not the chair of 000: Thijssen chairs in her place', () => {
    const record = seed('000');
    expect(record.meeting.chair?.name).toBe('Thijssen');
    expect(record.meeting.absent.map((p) => p.name)).toEqual(['Hamer', 'Timmer']);
    expect(record.speakers.find((s) => s.role === 'chair')?.name).toBe('Thijssen');
  });
});

describe('actions: lists of them', () => {
  it('under an item titled "Acties" every line is an action, its label the actor, and points after a colon belong to it', () => {
    const text = [
      '# Werkgroep', '', '## Bespreking', '', 'We overlopen de concepten.', '', '## Acties', '',
      '* BDV: De verdere uitwerking van het huidige model.', '* VB: Contact opnemen met ISA:', '  * Wat is de herkomst?', '  * Welke concepten vallen af?', '',
    ].join('\n');
    const acties = parseText(text, { markdown: true }).agenda[1]!;
    expect(acties.actions.map((a) => [a.who, a.text])).toEqual([
      ['BDV', 'BDV: De verdere uitwerking van het huidige model.'],
      ['VB', 'VB: Contact opnemen met ISA: Wat is de herkomst? Welke concepten vallen af?'],
    ]);
    expect(acties.actions[1]!.position.start.line).toBe(10);
    expect(acties.actions[1]!.position.end.line).toBe(12);
  });

  it('"To do:" lines are actions; an infinitive after the label means nobody is named', () => {
    const actions = item(['- To do: Besluit nemen over de reiskosten.', '- To do: Pieter belegt een vergadering.']).actions;
    expect(actions.map((a) => [a.who, a.text])).toEqual([
      ['', 'To do: Besluit nemen over de reiskosten.'],
      ['Pieter', 'To do: Pieter belegt een vergadering.'],
    ]);
  });
});
